import { Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { DecisionsTab } from './DecisionsTab.tsx';
import { InspectionsTab } from './InspectionsTab.tsx';
import { OrdersTab } from './OrdersTab.tsx';

type TabId = 'inspections' | 'orders' | 'decisions';

// Every role of the page reads the three lists in its scope (a unit its own); the tabs offer
// planning and results to inspectors, orders and decisions to approvers (permissions.ts).
const TABS: readonly { id: TabId; label: MessageKey; render: () => ReactNode }[] = [
  { id: 'inspections', label: 'supervision.tab.inspections', render: () => <InspectionsTab /> },
  { id: 'orders', label: 'supervision.tab.orders', render: () => <OrdersTab /> },
  { id: 'decisions', label: 'supervision.tab.decisions', render: () => <DecisionsTab /> },
];

/**
 * 监督检查: inspections of units with checklists from the rules in force, the rectification
 * orders their findings become (责令限期改正), and penalty decisions checked against the article's
 * range. The open tab is in the address (?tab=), the open inspection too (?inspection=ID).
 */
export function SupervisionPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const active = TABS.find((tab) => tab.id === params.get('tab'))?.id ?? 'inspections';
  return (
    <div data-testid="supervision-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('supervision.title')}
      </Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => {
          setParams({ tab: key }, { replace: true });
        }}
        items={TABS.map((tab) => ({ key: tab.id, label: t(tab.label), children: tab.render() }))}
      />
    </div>
  );
}
