import { DatePicker, Tag, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { when } from '../../components/format/when.ts';
import { nameOf, useAll } from '../registry/lists.ts';
import { CreateButton, FilterBar, FilterSelect, ListTable } from '../registry/ListView.tsx';
import { MaintenanceForm } from './MaintenanceForm.tsx';
import { MAINTENANCE_ROLES } from './permissions.ts';
import { useGrowingList, type Agreement, type MaintenanceRecord } from './records.ts';

/** 维护记录: maintenance of the systems (periodic checks, repairs, upgrades), latest first. */
export function MaintenanceTab() {
  const { t } = useI18n();
  const user = useUser();
  const systems = useAll('/api/v1/systems');
  const cameras = useAll('/api/v1/cameras');
  const agreements = useGrowingList(['agreements'], (limit) =>
    unwrap(api.GET('/api/v1/outsourcing-agreements', { params: { query: { limit } } })),
  );
  const [systemId, setSystemId] = useState<string | undefined>(undefined);
  const [range, setRange] = useState<{ from?: string; to?: string }>({});
  const [creating, setCreating] = useState(false);
  const list = useGrowingList(['maintenance', systemId, range], (limit) =>
    unwrap(
      api.GET('/api/v1/maintenance-records', {
        params: { query: { limit, ...range, ...(systemId ? { systemId } : {}) } },
      }),
    ),
  );
  const agreementRef = (id: string | null) =>
    id === null ? '—' : (agreements.rows.find((a: Agreement) => a.id === id)?.reference ?? id);
  const columns: TableColumnsType<MaintenanceRecord> = [
    { key: 'at', title: t('operations.maintenance.performedAt'), width: 170, render: (_, m) => when(m.performedAt) },
    {
      key: 'system',
      title: t('operations.field.system'),
      width: 180,
      ellipsis: true,
      render: (_, m) => nameOf(systems.data, m.systemId),
    },
    {
      key: 'camera',
      title: t('operations.field.camera'),
      width: 150,
      ellipsis: true,
      render: (_, m) => (m.cameraId === null ? '—' : nameOf(cameras.data, m.cameraId)),
    },
    {
      key: 'kind',
      title: t('operations.maintenance.kind'),
      width: 130,
      render: (_, m) => (
        <>
          <Tag>{t(`operations.maintenance.kind.${m.kind}`)}</Tag>
          {m.faultTicketId !== null && <Tag color="orange">{t('operations.maintenance.fromFault')}</Tag>}
        </>
      ),
    },
    {
      key: 'by',
      title: t('operations.field.performedBy'),
      width: 130,
      ellipsis: true,
      render: (_, m) => m.performedBy,
    },
    {
      key: 'description',
      title: t('operations.maintenance.description'),
      width: 280,
      render: (_, m) => (
        <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: m.description }}>
          {m.description}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'agreement',
      title: t('operations.maintenance.agreement'),
      width: 150,
      render: (_, m) => agreementRef(m.agreementId),
    },
  ];
  return (
    <div data-testid="operations-maintenance">
      <FilterBar
        action={
          MAINTENANCE_ROLES.includes(user.role) && (
            <CreateButton
              label={t('operations.maintenance.create')}
              onClick={() => {
                setCreating(true);
              }}
            />
          )
        }
      >
        <FilterSelect
          label={t('operations.field.system')}
          width={220}
          options={(systems.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          onChange={setSystemId}
        />
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
      <ListTable<MaintenanceRecord> list={list} columns={columns} label={t('operations.tab.maintenance')} />
      {creating && (
        <MaintenanceForm
          agreements={agreements.rows}
          onClose={() => {
            setCreating(false);
          }}
        />
      )}
    </div>
  );
}
