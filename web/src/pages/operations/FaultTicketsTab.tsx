import { Button, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { when } from '../../components/format/when.ts';
import { useUsers } from '../audit/useUsers.ts';
import { useAll } from '../registry/lists.ts';
import { CreateButton, FilterBar, FilterSelect, ListTable } from '../registry/ListView.tsx';
import { FaultMeasureForm, FaultRepairForm, FaultTicketForm } from './FaultForms.tsx';
import { FAULT_ROLES, MAINTENANCE_ROLES } from './permissions.ts';
import { useGrowingList, type FaultTicket } from './records.ts';

type FaultState = FaultTicket['state'];
const STATES: readonly FaultState[] = ['open', 'repaired'];

/** Which dialog is open: a new ticket, or a measure or repair of one. */
type Dialog = { kind: 'open' } | { kind: 'measure' | 'repair'; ticket: FaultTicket };

/** A paragraph cut to two lines, whole in its tooltip. */
function Clipped({ text }: { text: string | null }) {
  return (
    <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: text }}>
      {text ?? '—'}
    </Typography.Paragraph>
  );
}

/**
 * 故障工单: camera faults, newest first — open ones with the temporary measure taken while they wait
 * (青岛 第十九条(三)), repaired ones with what was done (a maintenance record goes with each repair).
 */
export function FaultTicketsTab() {
  const { t } = useI18n();
  const user = useUser();
  const cameras = useAll('/api/v1/cameras');
  const users = useUsers();
  const [state, setState] = useState<FaultState | undefined>(undefined);
  const [cameraId, setCameraId] = useState<string | undefined>(undefined);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const list = useGrowingList(['faults', state, cameraId], (limit) =>
    unwrap(
      api.GET('/api/v1/fault-tickets', {
        params: { query: { limit, ...(state ? { state } : {}), ...(cameraId ? { cameraId } : {}) } },
      }),
    ),
  );
  const userName = (id: string | null) =>
    id === null ? '—' : (users.data?.find((u) => u.id === id)?.displayName ?? id);
  const mayMeasure = FAULT_ROLES.includes(user.role);
  const mayRepair = MAINTENANCE_ROLES.includes(user.role);
  const columns: TableColumnsType<FaultTicket> = [
    { key: 'openedAt', title: t('operations.fault.openedAt'), width: 170, render: (_, f) => when(f.openedAt) },
    { key: 'camera', title: t('operations.field.camera'), width: 160, ellipsis: true, render: (_, f) => f.cameraName },
    {
      key: 'state',
      title: t('common.status'),
      width: 90,
      render: (_, f) => (
        <span data-testid="fault-state" data-state={f.state}>
          <Tag color={f.state === 'open' ? 'red' : 'green'}>{t(`operations.fault.state.${f.state}`)}</Tag>
        </span>
      ),
    },
    {
      key: 'description',
      title: t('operations.fault.description'),
      width: 240,
      render: (_, f) => <Clipped text={f.description} />,
    },
    { key: 'openedBy', title: t('operations.fault.openedBy'), width: 110, render: (_, f) => userName(f.openedBy) },
    {
      key: 'measure',
      title: t('operations.fault.measure'),
      width: 220,
      render: (_, f) => <Clipped text={f.temporaryMeasure} />,
    },
    { key: 'repairedAt', title: t('operations.fault.repairedAt'), width: 170, render: (_, f) => when(f.repairedAt) },
    {
      key: 'repairNote',
      title: t('operations.fault.repairNote'),
      width: 220,
      render: (_, f) => <Clipped text={f.repairNote} />,
    },
  ];
  if (mayMeasure || mayRepair) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 170,
      render: (_, f) =>
        f.state === 'open' && (
          <Space size={0}>
            {mayMeasure && (
              <Button
                type="link"
                size="small"
                data-testid="fault-measure"
                aria-label={`${t('operations.fault.measureAction')} ${f.cameraName}`}
                onClick={() => {
                  setDialog({ kind: 'measure', ticket: f });
                }}
              >
                {t('operations.fault.measureAction')}
              </Button>
            )}
            {mayRepair && (
              <Button
                type="link"
                size="small"
                data-testid="fault-repair"
                aria-label={`${t('operations.fault.repairAction')} ${f.cameraName}`}
                onClick={() => {
                  setDialog({ kind: 'repair', ticket: f });
                }}
              >
                {t('operations.fault.repairAction')}
              </Button>
            )}
          </Space>
        ),
    });
  }
  const close = () => {
    setDialog(null);
  };
  return (
    <div data-testid="operations-faults">
      <FilterBar
        action={
          mayMeasure && (
            <CreateButton
              label={t('operations.fault.create')}
              onClick={() => {
                setDialog({ kind: 'open' });
              }}
            />
          )
        }
      >
        <FilterSelect
          label={t('common.status')}
          width={140}
          options={STATES.map((s) => ({ value: s, label: t(`operations.fault.state.${s}`) }))}
          onChange={setState}
        />
        <FilterSelect
          label={t('operations.field.camera')}
          width={200}
          options={(cameras.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          onChange={setCameraId}
        />
      </FilterBar>
      <ListTable<FaultTicket> list={list} columns={columns} label={t('operations.tab.faults')} />
      {dialog?.kind === 'open' && <FaultTicketForm onClose={close} />}
      {dialog?.kind === 'measure' && <FaultMeasureForm ticket={dialog.ticket} onClose={close} />}
      {dialog?.kind === 'repair' && <FaultRepairForm ticket={dialog.ticket} onClose={close} />}
    </div>
  );
}
