import { Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { CamerasTab } from './CamerasTab.tsx';
import { JurisdictionsTab } from './JurisdictionsTab.tsx';
import { OrganizationsTab } from './OrganizationsTab.tsx';
import { SitesTab } from './SitesTab.tsx';
import { SystemsTab } from './SystemsTab.tsx';

type TabId = 'jurisdictions' | 'organizations' | 'sites' | 'systems' | 'cameras';

// Every role reads the registry in its scope; each tab decides who may change what.
const TABS: readonly { id: TabId; label: MessageKey; render: () => ReactNode }[] = [
  { id: 'jurisdictions', label: 'registry.tab.jurisdictions', render: () => <JurisdictionsTab /> },
  { id: 'organizations', label: 'registry.tab.organizations', render: () => <OrganizationsTab /> },
  { id: 'sites', label: 'registry.tab.sites', render: () => <SitesTab /> },
  { id: 'systems', label: 'registry.tab.systems', render: () => <SystemsTab /> },
  { id: 'cameras', label: 'registry.tab.cameras', render: () => <CamerasTab /> },
];
const DEFAULT_TAB: TabId = 'cameras';

/** 系统与点位: jurisdictions, organizations, sites, video systems and cameras, one tab each. */
export function RegistryPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const active = TABS.find((tab) => tab.id === asked)?.id ?? DEFAULT_TAB;
  return (
    <div data-testid="registry-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('registry.title')}
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
