// 责令限期改正通知书: what an inspection found, the articles broken, the deadline, and what
// follows if the deadline is missed — the penalty articles whose fines fall due then
// (逾期不改正, 拒不改正) or already apply (并处).
import { orDash, zhDate } from './format.ts';
import { PdfForm } from './layout.ts';

/** One problem to correct. */
export interface OrderItemData {
  titleZh: string;
  article: string;
  note: string | null;
  penaltyArticle: string | null;
  /** The penalty's trigger; 责令改正 alone sets no further measure to warn of. */
  penaltyTrigger: string | null;
  penaltyRangeZh: string | null;
}

/** Everything the order prints. */
export interface RectificationOrderData {
  id: string;
  documentNo: string | null;
  unitName: string;
  issuerOrg: string;
  issuedAt: string;
  inspectedOn: string;
  deadline: string;
  items: readonly OrderItemData[];
  note: string | null;
  printedAt: Date;
}

/** Renders the order. */
export function renderRectificationOrder(d: RectificationOrderData): Promise<Buffer> {
  const title = '责令限期改正通知书';
  const form = new PdfForm({ title, subject: d.unitName, createdAt: d.printedAt, footer: `通知编号 ${d.id}` });
  form.heading(title);
  form.paragraph(orDash(d.documentNo), { align: 'center' });
  form.paragraph(`${d.unitName}：`);
  form.paragraph(`${zhDate(d.inspectedOn)}，经对你单位公共安全视频图像信息系统进行监督检查，发现存在下列问题：`);
  form.table(
    [
      { header: '序号', weight: 0.5, align: 'center' },
      { header: '问题', weight: 3.2 },
      { header: '违反条款', weight: 1.5 },
      { header: '处罚依据', weight: 1.5 },
    ],
    d.items.map((it, i) => [
      String(i + 1),
      `${it.titleZh}${it.note === null || it.note === '' ? '' : `：${it.note}`}`,
      it.article,
      orDash(it.penaltyArticle),
    ]),
  );
  const articles = [...new Set(d.items.map((it) => it.article))].join('、');
  form.paragraph(
    `根据${articles}的规定，现责令你单位于${zhDate(d.deadline)}前改正上述问题，并将改正情况书面报告。改正期限届满后，将对改正情况进行复查。`,
  );
  const penalties = [
    ...new Map(
      d.items
        .filter((it) => it.penaltyArticle !== null && it.penaltyRangeZh !== null && it.penaltyTrigger !== '责令改正')
        .map((it) => [it.penaltyArticle, `${it.penaltyArticle ?? ''}：${it.penaltyRangeZh ?? ''}`]),
    ).values(),
  ];
  if (penalties.length > 0) {
    form.paragraph('逾期不改正或者拒不改正的，将依照下列规定处理：');
    form.paragraph(penalties.join('\n'), { size: 9 });
  }
  if (d.note !== null && d.note !== '') form.paragraph(`说明：${d.note}`);
  form.space(10);
  form.paragraph(`${d.issuerOrg}（印章）`, { align: 'right' });
  form.paragraph(zhDate(d.issuedAt), { align: 'right' });
  form.space(10);
  form.paragraph('被检查单位签收：________________    签收日期：______年____月____日', { align: 'right' });
  return form.finish();
}
