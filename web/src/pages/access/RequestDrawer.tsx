import { Alert, Drawer, Space, Tabs } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { RegisterSection } from './RegisterSection.tsx';
import { RequestActions } from './RequestActions.tsx';
import { RequestFacts } from './RequestFacts.tsx';
import { useAccessRequest } from './requests.ts';
import { RouteFacts } from './RouteFacts.tsx';
import type { CurrentSitting } from './sitting.ts';
import { SittingPanel } from './SittingPanel.tsx';
import { StatusTags } from './StatusTags.tsx';
import type { AccessRequest } from './types.ts';

type TabId = 'facts' | 'sitting' | 'register';

/** One request in a drawer: its facts and route, the actions the user may take, the sitting, the register. */
export function RequestDrawer({
  id,
  sitting,
  scanError,
  onClose,
}: {
  id: string | null;
  sitting: CurrentSitting;
  /** The scan that failed to upload when this request was created. */
  scanError: unknown;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const request = useAccessRequest(id);
  const r = request.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="min(1120px, 100vw)"
      destroyOnHidden
      data-testid="access-drawer"
      title={r === undefined ? t('access.drawer.title') : `${t(`access.type.${r.type}`)} · ${r.requestingUnit}`}
      extra={r !== undefined && <StatusTags request={r} />}
    >
      {request.error !== null && <ErrorAlert error={request.error} />}
      {r !== undefined && <RequestView key={r.id} request={r} sitting={sitting} scanError={scanError} />}
    </Drawer>
  );
}

function RequestView({
  request: r,
  sitting,
  scanError,
}: {
  request: AccessRequest;
  sitting: CurrentSitting;
  scanError: unknown;
}) {
  const { t } = useI18n();
  const [tab, setTab] = useState<TabId>(sitting.value?.requestId === r.id ? 'sitting' : 'facts');
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {scanError !== null && (
        <>
          <Alert type="warning" showIcon title={t('access.scan.failedAfterCreate')} />
          <ErrorAlert error={scanError} />
        </>
      )}
      {r.emergencyUnapproved && (
        <Alert
          type="error"
          showIcon
          data-testid="access-emergency-drawer"
          title={t('access.emergency.drawer', { article: r.route.article })}
        />
      )}
      <RequestActions request={r} />
      <Tabs
        activeKey={tab}
        onChange={(k) => {
          setTab(k as TabId);
        }}
        items={[
          {
            key: 'facts',
            label: t('access.drawer.facts'),
            children: (
              <Space orientation="vertical" size={16} style={{ width: '100%' }}>
                <RequestFacts request={r} />
                <RouteFacts request={r} />
              </Space>
            ),
          },
          {
            key: 'sitting',
            label: t('access.drawer.sitting'),
            children: <SittingPanel request={r} sitting={sitting} />,
          },
          {
            key: 'register',
            label: t('access.drawer.register'),
            children: <RegisterSection request={r} active={tab === 'register'} />,
          },
        ]}
      />
    </Space>
  );
}
