// 备案登记表: the filing as a unit hands it to the police. 国家 第十四条第一款 asks for the unit's
// basic facts, where the system is built, how many cameras of which kinds, and the retention
// period, and makes the unit answer for their truth; local texts add their own materials.
import { orDash, yesNo, zhDate } from './format.ts';
import { PdfForm } from './layout.ts';

/** Filing kinds as the form names them. */
export const FILING_KIND_ZH: Readonly<Record<string, string>> = {
  first: '首次备案',
  change: '变更备案',
  removal: '拆除备案',
  pre_existing: '已建系统备案',
};

/** System lifecycle states as the form names them. */
const LIFECYCLE_ZH: Readonly<Record<string, string>> = {
  planned: '规划中',
  built: '已建成',
  accepted: '已竣工验收',
  in_use: '已投入使用',
  removed: '已拆除',
};

/** Everything the filing form prints, read from the filing, the registry and the rules in force. */
export interface FilingFormData {
  filing: {
    id: string;
    kind: string;
    submittedAt: string | null;
    noticeGivenAt: string | null;
    reference: string | null;
    channel: string | null;
  };
  unit: {
    name: string;
    creditCode: string | null;
    address: string | null;
    contactName: string | null;
    contactPhone: string | null;
    isGovernment: boolean;
  };
  /** The jurisdiction chain, root first: 辽宁省 沈阳市 和平区. */
  jurisdiction: string;
  system: {
    name: string;
    lifecycle: string;
    builderName: string | null;
    maintainerName: string | null;
    governmentBuilt: boolean;
    acceptedAt: string | null;
    inUseAt: string | null;
    removedAt: string | null;
    maintenanceAgreementRef: string | null;
  };
  sites: readonly { name: string; address: string | null; placeZh: string; isPublic: boolean }[];
  cameras: readonly {
    name: string;
    deviceId: string;
    siteName: string;
    locationZh: string;
    important: boolean;
    signage: boolean;
    retentionDays: number | null;
    /** The filing workflow's point list adds the camera type and position (点位分布). */
    typeZh?: string;
    position?: string | null;
  }[];
  /** Cameras by type (国家 第十四条第一款: 设备数量及类型), from a filing drafted in psvis. */
  cameraTypes?: readonly { typeZh: string; count: number }[];
  /** The filing's way through the receiving police office, for a filing drafted in psvis. */
  workflow?: {
    statusZh: string;
    recipient: string | null;
    materials: readonly { nameZh: string; filename: string | null; sha256: string }[];
    changeSummary: string | null;
    removalDate: string | null;
    removalReason: string | null;
    notes: string | null;
    receivedAt: string | null;
    receivedBy: string | null;
    visitPlannedFor: string | null;
    visitedAt: string | null;
    visitNotes: string | null;
    decidedAt: string | null;
    decisionNote: string | null;
  };
  /** The retention floor in force for the system and the articles that set it. */
  retention: { floorDays: number; articles: readonly string[] };
  /** The filing articles in force on the filing date (国家 第十四条第一款, 辽宁 第十二条…). */
  basis: readonly string[];
  printedAt: Date;
}

/** Renders the filing form. */
export function renderFilingForm(d: FilingFormData): Promise<Buffer> {
  const title = '公共安全视频图像信息系统备案登记表';
  const form = new PdfForm({
    title,
    subject: `${d.unit.name} ${d.system.name} ${FILING_KIND_ZH[d.filing.kind] ?? d.filing.kind}`,
    createdAt: d.printedAt,
    footer: `登记号 ${d.filing.id}`,
  });
  form.heading(title);
  form.paragraph(
    `备案类型：${FILING_KIND_ZH[d.filing.kind] ?? d.filing.kind}    备案编号：${orDash(d.filing.reference)}    所在辖区：${d.jurisdiction}`,
    { align: 'center' },
  );

  form.section('一、单位基本情况');
  form.fields([
    ['单位名称', d.unit.name],
    ['统一社会信用代码', orDash(d.unit.creditCode)],
    ['单位地址', orDash(d.unit.address)],
    ['单位性质', d.unit.isGovernment ? '政府部门' : '企业、事业单位或其他组织'],
    ['联系人', orDash(d.unit.contactName)],
    ['联系电话', orDash(d.unit.contactPhone)],
  ]);

  form.section('二、系统情况');
  form.fields([
    ['系统名称', d.system.name],
    ['系统状态', LIFECYCLE_ZH[d.system.lifecycle] ?? d.system.lifecycle],
    ['建设单位', orDash(d.system.builderName)],
    ['维护单位', orDash(d.system.maintainerName)],
    ['政府投资建设', yesNo(d.system.governmentBuilt)],
    ['维护协议', orDash(d.system.maintenanceAgreementRef)],
    ['竣工验收日期', zhDate(d.system.acceptedAt)],
    ['投入使用日期', zhDate(d.system.inUseAt)],
    ['拆除日期', zhDate(d.system.removedAt)],
    ['', ''],
  ]);

  form.section('三、建设位置');
  form.table(
    [
      { header: '序号', weight: 0.6, align: 'center' },
      { header: '场所名称', weight: 2 },
      { header: '地址', weight: 3 },
      { header: '场所类别', weight: 2.4 },
      { header: '公共场所', weight: 0.9, align: 'center' },
    ],
    d.sites.map((s, i) => [String(i + 1), s.name, orDash(s.address), s.placeZh, yesNo(s.isPublic)]),
  );

  const important = d.cameras.filter((c) => c.important).length;
  const signed = d.cameras.filter((c) => c.signage).length;
  const types = (d.cameraTypes ?? []).map((t) => `${t.typeZh} ${t.count} 台`).join('、');
  form.section('四、设备数量、类型及点位分布');
  form.paragraph(
    `图像采集设备共 ${d.cameras.length} 台，其中重要部位 ${important} 台，设置提示标识 ${signed} 台。` +
      (types === '' ? '' : `按类型：${types}。`),
  );
  form.table(
    [
      { header: '序号', weight: 0.6, align: 'center' },
      { header: '设备名称', weight: 1.6 },
      { header: '类型', weight: 1.1 },
      // A GB/T 28181 device ID is 20 digits: one line.
      { header: '国标编码', weight: 2.8 },
      { header: '场所', weight: 1.3 },
      { header: '安装部位', weight: 1.5 },
      { header: '经纬度', weight: 1.6 },
      { header: '重要部位', weight: 0.9, align: 'center' },
      { header: '提示标识', weight: 0.9, align: 'center' },
      { header: '存储期限', weight: 0.9, align: 'center' },
    ],
    d.cameras.map((c, i) => [
      String(i + 1),
      c.name,
      orDash(c.typeZh),
      c.deviceId,
      c.siteName,
      c.locationZh,
      orDash(c.position),
      yesNo(c.important),
      yesNo(c.signage),
      c.retentionDays === null ? '—' : `${c.retentionDays}日`,
    ]),
  );

  form.section('五、存储期限');
  form.paragraph(
    `视频图像信息保存不少于 ${d.retention.floorDays} 日（${d.retention.articles.join('、') || '—'}）。` +
      (important > 0 ? '具有重要价值的图像资料按规定的期限保存。' : ''),
  );

  const w = d.workflow;
  form.section('六、备案事项');
  form.fields(
    [
      ['备案依据', d.basis.join('、') || '—'],
      ['报送方式', orDash(d.filing.channel)],
      ['提交日期', zhDate(d.filing.submittedAt)],
      ...(d.filing.kind === 'removal' ? [['拆除前告知日期', zhDate(d.filing.noticeGivenAt)] as const] : []),
      ...(w === undefined
        ? []
        : ([
            ['受理机关', orDash(w.recipient)],
            ['办理状态', w.statusZh],
            ...(d.filing.kind === 'change' ? [['变更内容', orDash(w.changeSummary)] as const] : []),
            ...(d.filing.kind === 'removal'
              ? [['拆除日期', zhDate(w.removalDate)] as const, ['拆除原因', orDash(w.removalReason)] as const]
              : []),
            [
              '附件材料',
              w.materials.map((m) => `${m.nameZh}（${m.filename ?? m.sha256.slice(0, 12)}）`).join('；') || '—',
            ],
            ['说明', orDash(w.notes)],
          ] as const)),
    ],
    1,
  );

  form.space(6);
  form.paragraph('本单位承诺：以上所填报信息真实、准确、完整，本单位对其真实性负责。');
  form.space(10);
  form.paragraph('单位负责人（签字）：________________        单位（盖章）', { align: 'right' });
  form.paragraph('填报日期：______年____月____日', { align: 'right' });
  form.section('受理意见（公安机关填写）');
  form.fields(
    w === undefined
      ? [
          ['受理机关', ''],
          ['受理人', ''],
          ['受理日期', ''],
          ['备注', ''],
        ]
      : [
          ['受理机关', orDash(w.recipient)],
          ['受理人', orDash(w.receivedBy)],
          ['受理日期', w.receivedAt === null ? '' : zhDate(w.receivedAt)],
          [
            '实地查看',
            w.visitedAt !== null
              ? `${zhDate(w.visitedAt)} ${w.visitNotes ?? ''}`
              : w.visitPlannedFor !== null
                ? `拟于${zhDate(w.visitPlannedFor)}`
                : '',
          ],
          ['办理结果', w.decidedAt === null ? '' : `${w.statusZh}（${zhDate(w.decidedAt)}）`],
          ['备注', orDash(w.decisionNote)],
        ],
    1,
  );
  return form.finish();
}
