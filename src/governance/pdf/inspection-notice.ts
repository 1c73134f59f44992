// 监督检查通知书 with its checklist: the unit is told who inspects, when, on which articles
// (国家 第二十四条第一款 and the local supervision articles), and what is checked — every duty in
// force under the five headings of 腾冲 第二十八条, with what psvis already knew beside each line
// and, once recorded, the inspector's result.
import { orDash, zhDate } from './format.ts';
import { PdfForm } from './layout.ts';

/** Checklist results as printed. */
export const RESULT_ZH: Readonly<Record<string, string>> = {
  compliant: '符合',
  non_compliant: '不符合',
  not_applicable: '不适用',
};

/** One checklist line as printed. */
export interface NoticeItem {
  seq: number;
  article: string;
  titleZh: string;
  /** What psvis knew, in a sentence or a few. */
  knownZh: string;
  result: string | null;
  resultNote: string | null;
}

/** One heading with its lines. */
export interface NoticeHeading {
  titleZh: string;
  /** The heading's own article, shown where 腾冲 第二十八条 is in force. */
  article: string | null;
  items: readonly NoticeItem[];
}

/** Everything the notice prints. */
export interface InspectionNoticeData {
  id: string;
  kind: 'routine' | 'special' | 'reinspection';
  status: string;
  plannedFor: string;
  unit: { name: string; address: string | null; contactName: string | null; contactPhone: string | null };
  inspectorOrg: string;
  inspectors: readonly string[];
  basis: readonly { article: string; statementZh: string }[];
  /** For a re-inspection: the order it follows up. */
  orderRef: string | null;
  notes: string | null;
  headings: readonly NoticeHeading[];
  summary: string | null;
  completedAt: string | null;
  printedAt: Date;
}

/** Renders the notice and checklist. */
export function renderInspectionNotice(d: InspectionNoticeData): Promise<Buffer> {
  const title =
    d.kind === 'reinspection' ? '公共安全视频图像信息系统复查通知书' : '公共安全视频图像信息系统监督检查通知书';
  const form = new PdfForm({
    title,
    subject: `${d.unit.name} ${d.plannedFor}`,
    createdAt: d.printedAt,
    footer: `检查编号 ${d.id}`,
  });
  form.heading(title);
  const basis = d.basis.map((b) => b.article).join('、');
  form.paragraph(`${d.unit.name}：`);
  form.paragraph(
    d.kind === 'reinspection'
      ? `根据${basis === '' ? '有关规定' : `${basis}的规定`}，${d.inspectorOrg}定于${zhDate(d.plannedFor)}对你单位执行责令限期改正通知（${orDash(d.orderRef)}）的改正情况进行复查，请予以协助、配合。`
      : `根据${basis === '' ? '有关规定' : `${basis}的规定`}，${d.inspectorOrg}定于${zhDate(d.plannedFor)}对你单位公共安全视频图像信息系统的建设、使用情况进行监督检查，请予以协助、配合。`,
  );
  form.paragraph(`检查人员：${d.inspectors.join('、')}`);
  if (d.notes !== null && d.notes !== '') form.paragraph(`说明：${d.notes}`);
  if (d.basis.length > 0) {
    form.paragraph(d.basis.map((b) => `${b.article}：${b.statementZh}`).join('\n'), { size: 8 });
  }
  form.space(6);
  form.paragraph(`${d.inspectorOrg}（印章）    ${zhDate(d.printedAt)}`, { align: 'right' });

  form.section('附：检查清单');
  form.paragraph(
    `单位地址：${orDash(d.unit.address)}    联系人：${orDash(d.unit.contactName)}    联系电话：${orDash(d.unit.contactPhone)}`,
    { size: 9 },
  );
  const columns = [
    { header: '序号', weight: 0.5, align: 'center' as const },
    { header: '检查事项', weight: 2 },
    { header: '依据', weight: 1.5 },
    { header: '系统已知情况', weight: 3 },
    { header: '检查结果', weight: 1.4 },
  ];
  for (const [i, h] of d.headings.entries()) {
    if (h.items.length === 0) continue;
    form.section(`${'一二三四五'[i] ?? String(i + 1)}、${h.titleZh}${h.article === null ? '' : `（${h.article}）`}`);
    form.table(
      columns,
      h.items.map((it) => [
        String(it.seq),
        it.titleZh,
        it.article,
        it.knownZh,
        it.result === null
          ? ''
          : `${RESULT_ZH[it.result] ?? it.result}${it.resultNote === null ? '' : `：${it.resultNote}`}`,
      ]),
    );
  }
  if (d.status === 'completed') {
    form.section('检查结论');
    form.paragraph(`${orDash(d.summary)}（${zhDate(d.completedAt)}）`);
  }
  form.space(10);
  form.paragraph('检查人员（签字）：________________    被检查单位负责人（签字）：________________', {
    align: 'right',
  });
  return form.finish();
}
