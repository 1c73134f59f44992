import { Spin } from 'antd';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { Route, Routes } from 'react-router';
import type { PageId } from './access.ts';
import { Login } from './Login.tsx';
import { useSession } from './session.tsx';
import { PAGES, Shell } from './Shell.tsx';

// Each page is its own chunk: the live wall's player code loads only for those who open it.
const PAGE_COMPONENTS: Record<PageId, LazyExoticComponent<ComponentType>> = {
  overview: lazy(() => import('../pages/overview/OverviewPage.tsx').then((m) => ({ default: m.OverviewPage }))),
  live: lazy(() => import('../pages/live/LivePage.tsx').then((m) => ({ default: m.LivePage }))),
  playback: lazy(() => import('../pages/playback/PlaybackPage.tsx').then((m) => ({ default: m.PlaybackPage }))),
  access: lazy(() => import('../pages/access/AccessPage.tsx').then((m) => ({ default: m.AccessPage }))),
  filings: lazy(() => import('../pages/filings/FilingsPage.tsx').then((m) => ({ default: m.FilingsPage }))),
  supervision: lazy(() =>
    import('../pages/supervision/SupervisionPage.tsx').then((m) => ({ default: m.SupervisionPage })),
  ),
  holds: lazy(() => import('../pages/holds/HoldsPage.tsx').then((m) => ({ default: m.HoldsPage }))),
  reports: lazy(() => import('../pages/reports/ReportsPage.tsx').then((m) => ({ default: m.ReportsPage }))),
  operations: lazy(() => import('../pages/operations/OperationsPage.tsx').then((m) => ({ default: m.OperationsPage }))),
  registry: lazy(() => import('../pages/registry/RegistryPage.tsx').then((m) => ({ default: m.RegistryPage }))),
  compliance: lazy(() => import('../pages/compliance/CompliancePage.tsx').then((m) => ({ default: m.CompliancePage }))),
  audit: lazy(() => import('../pages/audit/AuditPage.tsx').then((m) => ({ default: m.AuditPage }))),
  users: lazy(() => import('../pages/users/UsersPage.tsx').then((m) => ({ default: m.UsersPage }))),
};

/** Routes: the sign-in page without a session, the shell with a page otherwise. */
export function App() {
  const { session, checking } = useSession();
  if (checking) {
    return (
      <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
        <Spin size="large" />
      </div>
    );
  }
  if (session === null) return <Login />;
  return (
    <Routes>
      {PAGES.map((p) => {
        const Page = PAGE_COMPONENTS[p.id];
        return (
          <Route
            key={p.id}
            path={p.path}
            element={
              <Shell page={p.id}>
                <Page />
              </Shell>
            }
          />
        );
      })}
      <Route path="*" element={<Shell page={null}>{null}</Shell>} />
    </Routes>
  );
}
