import {
  FileDoneOutlined,
  SolutionOutlined,
  LockOutlined,
  AlertOutlined,
  ToolOutlined,
  AuditOutlined,
  ClusterOutlined,
  DashboardOutlined,
  FileProtectOutlined,
  LogoutOutlined,
  PlayCircleOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons';
import { Button, Layout, Menu, Result, Segmented, Space, Spin, Tag, Typography } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { LANGUAGES, type Language, type MessageKey } from '../i18n/messages.ts';
import { canOpen, type PageId } from './access.ts';
import { useSession, useUser } from './session.tsx';

/** The console's pages in menu order, with their paths and icons. */
export const PAGES: readonly { id: PageId; path: string; nav: MessageKey; icon: ReactNode }[] = [
  { id: 'overview', path: '/', nav: 'nav.overview', icon: <DashboardOutlined /> },
  { id: 'live', path: '/live', nav: 'nav.live', icon: <VideoCameraOutlined /> },
  { id: 'playback', path: '/playback', nav: 'nav.playback', icon: <PlayCircleOutlined /> },
  { id: 'access', path: '/access', nav: 'nav.access', icon: <FileProtectOutlined /> },
  { id: 'filings', path: '/filings', nav: 'nav.filings', icon: <FileDoneOutlined /> },
  { id: 'supervision', path: '/supervision', nav: 'nav.supervision', icon: <SolutionOutlined /> },
  { id: 'holds', path: '/holds', nav: 'nav.holds', icon: <LockOutlined /> },
  { id: 'reports', path: '/reports', nav: 'nav.reports', icon: <AlertOutlined /> },
  { id: 'operations', path: '/operations', nav: 'nav.operations', icon: <ToolOutlined /> },
  { id: 'registry', path: '/registry', nav: 'nav.registry', icon: <ClusterOutlined /> },
  { id: 'compliance', path: '/compliance', nav: 'nav.compliance', icon: <SafetyCertificateOutlined /> },
  { id: 'audit', path: '/audit', nav: 'nav.audit', icon: <AuditOutlined /> },
  { id: 'users', path: '/users', nav: 'nav.users', icon: <TeamOutlined /> },
];

/** The frame around every page: menu for the role, the user's organization and role, language, sign-out. */
export function Shell({ page, children }: { page: PageId | null; children: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  const { session, logout } = useSession();
  const user = useUser();
  const location = useLocation();
  const items = PAGES.filter((p) => canOpen(user.role, p.id)).map((p) => ({
    key: p.path,
    icon: p.icon,
    label: <Link to={p.path}>{t(p.nav)}</Link>,
  }));
  let body: ReactNode;
  if (page === null) body = <Result status="404" title={t('error.notFound')} />;
  else if (!canOpen(user.role, page)) body = <Result status="403" title={t('error.forbidden')} />;
  else body = children;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={56} width={188} theme="dark">
        <div style={{ color: '#fff', padding: '16px 16px 8px', fontWeight: 600, fontSize: 16, whiteSpace: 'nowrap' }}>
          {t('app.short')}
        </div>
        <nav aria-label={t('nav.menu')}>
          <Menu theme="dark" mode="inline" selectedKeys={[location.pathname]} items={items} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 16px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 12,
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Typography.Text strong ellipsis style={{ fontSize: 15, flex: '1 1 auto', minWidth: 0 }}>
            {t('app.title')}
          </Typography.Text>
          <Space size="middle" wrap={false} style={{ flex: '0 0 auto' }}>
            <span
              data-testid="user-org"
              title={session?.orgName ?? user.orgId}
              style={{
                display: 'inline-block',
                maxWidth: 240,
                overflow: 'hidden',
                textOverflow: 'ellipsis',
                whiteSpace: 'nowrap',
                verticalAlign: 'middle',
              }}
            >
              <Typography.Text type="secondary">{t('header.org')}：</Typography.Text>
              {session?.orgName ?? user.orgId}
            </span>
            <span data-testid="user-role" title={t('header.role')} style={{ whiteSpace: 'nowrap' }}>
              <Tag color="blue">{t(`role.${user.role}`)}</Tag>
              {user.displayName}
            </span>
            <Segmented<Language>
              aria-label={t('header.language')}
              size="small"
              value={language}
              onChange={setLanguage}
              options={LANGUAGES.map((l) => ({ label: t(`lang.${l}`), value: l }))}
            />
            <Button
              icon={<LogoutOutlined />}
              onClick={() => {
                void logout();
              }}
            >
              {t('header.logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 16, minWidth: 0 }}>
          <Suspense fallback={<Spin aria-label={t('common.loading')} />}>{body}</Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
