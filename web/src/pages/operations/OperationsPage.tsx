import { Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { AgreementsTab } from './AgreementsTab.tsx';
import { DutyLogsTab } from './DutyLogsTab.tsx';
import { FaultTicketsTab } from './FaultTicketsTab.tsx';
import { MaintenanceTab } from './MaintenanceTab.tsx';
import { TrainingTab } from './TrainingTab.tsx';

type TabId = 'duty' | 'faults' | 'maintenance' | 'training' | 'agreements';

// Every role that opens the page reads each tab in its scope; each tab decides who may record.
const TABS: readonly { id: TabId; label: MessageKey; render: () => ReactNode }[] = [
  { id: 'duty', label: 'operations.tab.duty', render: () => <DutyLogsTab /> },
  { id: 'faults', label: 'operations.tab.faults', render: () => <FaultTicketsTab /> },
  { id: 'maintenance', label: 'operations.tab.maintenance', render: () => <MaintenanceTab /> },
  { id: 'training', label: 'operations.tab.training', render: () => <TrainingTab /> },
  { id: 'agreements', label: 'operations.tab.agreements', render: () => <AgreementsTab /> },
];

/**
 * 运维值守: the records of running the systems day to day — duty shifts of the monitoring staff,
 * camera faults and their repair, maintenance, training, and outsourced maintenance agreements.
 * The open tab is in the address (?tab=).
 */
export function OperationsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const active = TABS.find((tab) => tab.id === params.get('tab'))?.id ?? 'duty';
  return (
    <div data-testid="operations-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('operations.title')}
      </Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => {
          setParams({ tab: key }, { replace: true });
        }}
        items={TABS.map((tab) => ({
          key: tab.id,
          label: <span data-testid={`operations-tab-${tab.id}`}>{t(tab.label)}</span>,
          children: tab.render(),
        }))}
      />
    </div>
  );
}
