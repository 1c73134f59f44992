import { Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { Role } from '../../app/access.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { AccessRegisterTab } from './AccessRegisterTab.tsx';
import { AuditTrailTab } from './AuditTrailTab.tsx';
import { VerifyTab } from './VerifyTab.tsx';

type TabId = 'trail' | 'register' | 'verify';

/**
 * The tabs and the roles the server lets use them: the trail and its verification for admin and
 * auditor (src/http/routes/audit.ts, recordings.ts), the register also for the unit's manager
 * (src/http/routes/playback.ts).
 */
const TABS: readonly { id: TabId; label: MessageKey; roles: readonly Role[]; render: () => ReactNode }[] = [
  { id: 'trail', label: 'audit.tab.trail', roles: ['admin', 'auditor'], render: () => <AuditTrailTab /> },
  {
    id: 'register',
    label: 'audit.tab.register',
    roles: ['admin', 'unit_manager', 'auditor'],
    render: () => <AccessRegisterTab />,
  },
  { id: 'verify', label: 'audit.tab.verify', roles: ['admin', 'auditor'], render: () => <VerifyTab /> },
];

/** 审计: the audit trail, the access register and integrity verification, as the role allows. */
export function AuditPage() {
  const { t } = useI18n();
  const { role } = useUser();
  const [params, setParams] = useSearchParams();
  const tabs = TABS.filter((tab) => tab.roles.includes(role));
  const asked = params.get('tab');
  const active = tabs.find((tab) => tab.id === asked)?.id ?? tabs[0]?.id;
  return (
    <div data-testid="audit-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('audit.title')}
      </Typography.Title>
      <Tabs
        activeKey={active ?? ''}
        onChange={(key) => {
          setParams({ tab: key }, { replace: true });
        }}
        items={tabs.map((tab) => ({ key: tab.id, label: t(tab.label), children: tab.render() }))}
      />
    </div>
  );
}
