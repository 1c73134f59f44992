import { Input, Radio, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useI18n } from '../../i18n/i18n.tsx';
import { byHeading, lacksNote, MAX_NOTE, type Draft, type DraftLine } from './checklist.ts';
import { ITEM_RESULTS, PREFILL_COLOR } from './enums.ts';
import type { ChecklistLine, ItemResult } from './types.ts';

const RESULT_COLOR: Record<ItemResult, string> = {
  compliant: 'green',
  non_compliant: 'red',
  not_applicable: 'default',
};

/** What psvis knew of a line: its state, and the facts (the worst first; long lists cut). */
function Prefill({ line }: { line: ChecklistLine }) {
  const { t } = useI18n();
  const facts = line.prefill.facts.map((f) =>
    [f.subjectName, f.noteZh, f.dueDate === null ? null : t('supervision.checklist.due', { date: f.dueDate })]
      .filter((x) => x !== null && x !== '')
      .join(' · '),
  );
  if (line.prefill.omitted > 0) facts.push(t('supervision.checklist.omitted', { n: line.prefill.omitted }));
  return (
    <div data-testid="checklist-prefill" data-state={line.prefillState}>
      <Tag color={PREFILL_COLOR[line.prefillState]}>{t(`supervision.prefill.${line.prefillState}`)}</Tag>
      {facts.length > 0 && (
        <Typography.Paragraph
          type="secondary"
          style={{ margin: '4px 0 0', fontSize: 12, whiteSpace: 'pre-line' }}
          ellipsis={{
            rows: 3,
            expandable: 'collapsible',
            symbol: (open) => t(open ? 'supervision.less' : 'supervision.more'),
          }}
        >
          {facts.join('\n')}
        </Typography.Paragraph>
      )}
    </div>
  );
}

/**
 * The checklist under the five headings of 腾冲 第二十八条: each line's article and duty, what psvis
 * knew, the result (compliant, non-compliant, not applicable) and a note. Read-only once completed
 * or for a role that does not inspect.
 */
export function Checklist({
  lines,
  draft,
  editable,
  onChange,
}: {
  lines: readonly ChecklistLine[];
  draft: Draft;
  editable: boolean;
  onChange: (itemId: string, line: DraftLine) => void;
}) {
  const { t, pick } = useI18n();
  const columns: TableColumnsType<ChecklistLine> = [
    { key: 'seq', title: t('supervision.checklist.seq'), dataIndex: 'seq', width: 48 },
    {
      key: 'duty',
      title: t('supervision.checklist.duty'),
      width: 260,
      render: (_, l) => (
        <>
          <div>{pick(l.titleZh, l.titleEn)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {l.article}
            {l.penaltyArticle !== null && ` · ${t('supervision.checklist.penalty', { article: l.penaltyArticle })}`}
          </Typography.Text>
        </>
      ),
    },
    { key: 'prefill', title: t('supervision.checklist.known'), width: 280, render: (_, l) => <Prefill line={l} /> },
    {
      key: 'result',
      title: t('supervision.checklist.result'),
      width: 230,
      render: (_, l) => {
        const d = draft[l.id] ?? { result: null, note: '' };
        if (!editable) {
          return d.result === null ? (
            <Typography.Text type="secondary">{t('supervision.checklist.noResult')}</Typography.Text>
          ) : (
            <Tag color={RESULT_COLOR[d.result]} data-testid="checklist-result-final" data-result={d.result}>
              {t(`supervision.result.${d.result}`)}
            </Tag>
          );
        }
        return (
          <Radio.Group
            aria-label={t('supervision.checklist.resultOf', { seq: l.seq })}
            data-testid="checklist-result"
            size="small"
            optionType="button"
            buttonStyle="solid"
            value={d.result}
            onChange={(e) => {
              onChange(l.id, { ...d, result: e.target.value as DraftLine['result'] });
            }}
            options={ITEM_RESULTS.map((r) => ({ value: r, label: t(`supervision.result.${r}`) }))}
          />
        );
      },
    },
    {
      key: 'note',
      title: t('supervision.checklist.note'),
      width: 240,
      render: (_, l) => {
        const d = draft[l.id] ?? { result: null, note: '' };
        const missing = editable && lacksNote(d);
        return editable ? (
          <>
            <Input.TextArea
              aria-label={t('supervision.checklist.noteOf', { seq: l.seq })}
              data-testid="checklist-note"
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={MAX_NOTE}
              status={missing ? 'error' : ''}
              value={d.note}
              onChange={(e) => {
                onChange(l.id, { ...d, note: e.target.value });
              }}
            />
            {missing && (
              <Typography.Text type="danger" style={{ fontSize: 12 }}>
                {t('supervision.rule.noteNeeded')}
              </Typography.Text>
            )}
          </>
        ) : (
          <Typography.Text style={{ whiteSpace: 'pre-line' }}>{d.note}</Typography.Text>
        );
      },
    },
  ];
  return (
    <div data-testid="checklist">
      {byHeading(lines).map((g) => (
        <section key={g.heading} data-testid={`checklist-heading-${g.heading}`} style={{ marginBottom: 16 }}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t(`supervision.heading.${g.heading}`)}
          </Typography.Title>
          <Table<ChecklistLine>
            aria-label={t(`supervision.heading.${g.heading}`)}
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={g.lines}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
        </section>
      ))}
    </div>
  );
}
