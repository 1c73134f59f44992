import { Timeline, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n.tsx';
import { when } from '../../components/format/when.ts';
import type { Filing } from './filings.ts';

/** Steps of the workflow as the server records them (src/governance/filings/service.ts addEvent). */
const ACTIONS = ['draft', 'submit', 'receive', 'schedule_visit', 'record_visit', 'accept', 'return'] as const;

const COLOR: Readonly<Record<(typeof ACTIONS)[number], string>> = {
  draft: 'gray',
  submit: 'blue',
  receive: 'blue',
  schedule_visit: 'blue',
  record_visit: 'blue',
  accept: 'green',
  return: 'red',
};

/** The filing's history, oldest first: each step, when, by whom, and its note (channel, reasons, visit). */
export function FilingHistory({ filing: f }: { filing: Filing }) {
  const { t } = useI18n();
  if (f.events.length === 0) return <Typography.Text type="secondary">{t('filings.history.none')}</Typography.Text>;
  return (
    <div data-testid="filing-history">
      <Timeline
        titleSpan={5}
        items={f.events.map((e, i) => {
          const action = ACTIONS.find((a) => a === e.action);
          return {
            key: `${e.at}:${i}`,
            color: action === undefined ? 'gray' : COLOR[action],
            title: when(e.at),
            content: (
              <>
                <Typography.Text strong>
                  {action === undefined ? e.action : t(`filings.event.${action}`)}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                  {e.userName}
                </Typography.Text>
                {e.note !== null && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
              </>
            ),
          };
        })}
      />
    </div>
  );
}
