// 查阅、复制、调取登记表: the access register on paper. 国家 第十六条第二款(三) asks for 事由、内容
// and the unit and names of whoever accessed footage; 安徽 第十七条第二款(二) and 腾冲 第二十四条(四)
// for 人员、时间、用途、去向; 辽宁 第十八条(四) for a 登记表 filled at each access.
import { orDash, zhDateTime } from './format.ts';
import { PdfForm } from './layout.ts';

/** How each access is named on the form. */
export const ACCESS_ACTION_ZH: Readonly<Record<string, string>> = {
  view_live: '实时查看',
  playback: '回放查阅',
  snapshot: '截图查阅',
  export: '复制（导出）',
};

/** One register row as printed. */
export interface RegisterFormRow {
  time: string;
  action: string;
  /** Everyone who took part (both officers), or the user alone. */
  actorNames: readonly string[];
  actorOrg: string;
  requestingUnit: string | null;
  cameraName: string;
  rangeFrom: string | null;
  rangeTo: string | null;
  endedAt: string | null;
  purpose: string | null;
  destination: string | null;
  caseNo: string | null;
  /** 录制人员 (腾冲 第二十四条(四), 辽宁 第十四条(四)). */
  recordedBy: string | null;
}

/** The register of one unit (or one camera) over a period. */
export interface RegisterFormData {
  /** Whose register: the unit, and the camera when one was asked for. */
  unitName: string;
  cameraName: string | null;
  from: string | null;
  to: string | null;
  rows: readonly RegisterFormRow[];
  /** The register articles in force for the unit. */
  articles: readonly string[];
  printedAt: Date;
}

/** Renders the register form (landscape: ten columns). */
export function renderAccessRegisterForm(d: RegisterFormData): Promise<Buffer> {
  const title = '公共安全视频图像信息查阅、复制、调取登记表';
  const form = new PdfForm({
    title,
    subject: `${d.unitName}${d.cameraName === null ? '' : ` ${d.cameraName}`}`,
    createdAt: d.printedAt,
    footer: `打印时间 ${zhDateTime(d.printedAt)}`,
    layout: 'landscape',
  });
  form.heading(title);
  form.paragraph(
    `单位：${d.unitName}${d.cameraName === null ? '' : `    摄像机：${d.cameraName}`}    登记期间：${zhDateTime(d.from)} 至 ${zhDateTime(d.to)}    共 ${d.rows.length} 条`,
    { align: 'center' },
  );
  form.paragraph(`登记依据：${d.articles.join('、') || '—'}`, { size: 9 });
  form.table(
    [
      { header: '序号', weight: 0.5, align: 'center' },
      { header: '时间', weight: 1.3 },
      { header: '方式', weight: 1 },
      { header: '人员', weight: 1 },
      { header: '单位', weight: 1.6 },
      { header: '内容（摄像机、时段）', weight: 2.4 },
      { header: '事由/用途', weight: 2 },
      { header: '去向', weight: 1.4 },
      { header: '案件编号', weight: 1.2 },
      { header: '录制人员', weight: 1 },
    ],
    d.rows.map((r, i) => [
      String(i + 1),
      zhDateTime(r.time),
      ACCESS_ACTION_ZH[r.action] ?? r.action,
      r.actorNames.join('、'),
      r.requestingUnit === null ? r.actorOrg : `${r.requestingUnit}（${r.actorOrg}）`,
      `${r.cameraName} ${
        r.rangeFrom === null
          ? `实时 ${zhDateTime(r.time)}–${r.endedAt === null ? '' : zhDateTime(r.endedAt).slice(11)}`
          : `${zhDateTime(r.rangeFrom)}–${zhDateTime(r.rangeTo)}`
      }`,
      orDash(r.purpose),
      orDash(r.destination),
      orDash(r.caseNo),
      orDash(r.recordedBy),
    ]),
  );
  form.space(8);
  form.paragraph('登记人（签字）：________________    审核人（签字）：________________', { align: 'right' });
  return form.finish();
}
