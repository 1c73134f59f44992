import { Button, DatePicker, Popover, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { when } from '../../components/format/when.ts';
import { nameOf, useAll } from '../registry/lists.ts';
import { CreateButton, FilterBar, FilterSelect, ListTable } from '../registry/ListView.tsx';
import { DutyLogForm } from './DutyLogForm.tsx';
import { DUTY_ROLES } from './permissions.ts';
import { useGrowingList, type DutyLog } from './records.ts';

/** What happened during a shift, opened from its count. */
function ShiftEvents({ log }: { log: DutyLog }) {
  const { t } = useI18n();
  const cameras = useAll('/api/v1/cameras');
  if (log.events.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Popover
      trigger="click"
      title={t('operations.duty.events')}
      content={
        <ol style={{ margin: 0, paddingInlineStart: 20, maxWidth: 480, maxHeight: 320, overflowY: 'auto' }}>
          {log.events.map((e, i) => (
            <li key={`${e.at}:${i}`}>
              <Typography.Text type="secondary">{when(e.at)}</Typography.Text> {e.text}
              {e.cameraId !== undefined && (
                <Typography.Text type="secondary"> · {nameOf(cameras.data, e.cameraId)}</Typography.Text>
              )}
            </li>
          ))}
        </ol>
      }
    >
      <Button type="link" size="small" data-testid="duty-events">
        {t('operations.duty.eventCount', { count: log.events.length })}
      </Button>
    </Popover>
  );
}

/** 值班记录: the monitoring staff's shifts, latest first, with what happened; the staff log new ones. */
export function DutyLogsTab() {
  const { t } = useI18n();
  const user = useUser();
  const orgs = useAll('/api/v1/organizations');
  const sites = useAll('/api/v1/sites');
  const [orgId, setOrgId] = useState<string | undefined>(undefined);
  const [range, setRange] = useState<{ from?: string; to?: string }>({});
  const [creating, setCreating] = useState(false);
  const list = useGrowingList(['duty', orgId, range], (limit) =>
    unwrap(api.GET('/api/v1/duty-logs', { params: { query: { limit, ...range, ...(orgId ? { orgId } : {}) } } })),
  );
  const manyOrgs = (orgs.data?.length ?? 0) > 1;
  const columns: TableColumnsType<DutyLog> = [
    { key: 'from', title: t('operations.duty.from'), width: 170, render: (_, l) => when(l.from) },
    { key: 'to', title: t('operations.duty.to'), width: 170, render: (_, l) => when(l.to) },
    ...(manyOrgs
      ? [
          {
            key: 'org',
            title: t('operations.field.org'),
            width: 180,
            ellipsis: true,
            render: (_: unknown, l: DutyLog) => nameOf(orgs.data, l.orgId),
          },
        ]
      : []),
    {
      key: 'site',
      title: t('operations.duty.site'),
      width: 160,
      ellipsis: true,
      render: (_, l) => (l.siteId === null ? '—' : nameOf(sites.data, l.siteId)),
    },
    {
      key: 'staff',
      title: t('operations.duty.staff'),
      width: 200,
      render: (_, l) => l.staff.join(t('operations.sep')),
    },
    { key: 'events', title: t('operations.duty.events'), width: 110, render: (_, l) => <ShiftEvents log={l} /> },
    {
      key: 'notes',
      title: t('operations.field.notes'),
      width: 260,
      render: (_, l) => (
        <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: l.notes }}>
          {l.notes ?? '—'}
        </Typography.Paragraph>
      ),
    },
  ];
  return (
    <div data-testid="operations-duty">
      <FilterBar
        action={
          DUTY_ROLES.includes(user.role) && (
            <CreateButton
              label={t('operations.duty.create')}
              onClick={() => {
                setCreating(true);
              }}
            />
          )
        }
      >
        {manyOrgs && (
          <FilterSelect
            label={t('operations.field.org')}
            width={220}
            options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
            onChange={setOrgId}
          />
        )}
        <DatePicker.RangePicker
          aria-label={t('operations.field.period')}
          placeholder={[t('common.from'), t('common.to')]}
          allowEmpty={[true, true]}
          onChange={(v: [Dayjs | null, Dayjs | null] | null) => {
            const [from, to] = v ?? [null, null];
            setRange({
              ...(from ? { from: from.startOf('day').toISOString() } : {}),
              ...(to ? { to: to.endOf('day').toISOString() } : {}),
            });
          }}
        />
      </FilterBar>
      <ListTable<DutyLog> list={list} columns={columns} label={t('operations.tab.duty')} />
      {creating && (
        <DutyLogForm
          onClose={() => {
            setCreating(false);
          }}
        />
      )}
    </div>
  );
}
