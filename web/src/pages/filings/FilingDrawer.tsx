import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Space, Tabs } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { FilingActions } from './FilingActions.tsx';
import { FilingFacts } from './FilingFacts.tsx';
import { FilingHistory } from './FilingHistory.tsx';
import { formPdfHref, useFiling, type Filing } from './filings.ts';
import { MaterialsPanel } from './MaterialsPanel.tsx';
import { PointsTable } from './PointsTable.tsx';
import { StatusTag } from './StatusTag.tsx';

/** One filing in a drawer: what it says, the point list, the materials, its history, and what the user may do now. */
export function FilingDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useI18n();
  const filing = useFiling(id);
  const f = id === null ? undefined : filing.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="min(1040px, 100vw)"
      destroyOnHidden
      data-testid="filing-drawer"
      title={f === undefined ? t('filings.drawer.title') : `${f.systemName} · ${t(`filings.kind.${f.kind}`)}`}
      extra={
        f !== undefined && (
          <Space>
            <StatusTag filing={f} />
            <Button
              icon={<PrinterOutlined />}
              href={formPdfHref(f.id)}
              target="_blank"
              rel="noopener"
              data-testid="filing-print"
            >
              {t('filings.print')}
            </Button>
          </Space>
        )
      }
    >
      {id !== null && filing.error !== null && <ErrorAlert error={filing.error} />}
      {f !== undefined && <FilingView key={f.id} filing={f} onDiscarded={onClose} />}
    </Drawer>
  );
}

function FilingView({ filing: f, onDiscarded }: { filing: Filing; onDiscarded: () => void }) {
  const { t } = useI18n();
  const missing = f.terms.materials.filter((m) => !m.provided).length;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <FilingActions filing={f} onDiscarded={onDiscarded} />
      {f.status === 'returned' && f.decision?.note != null && (
        <Alert
          type="warning"
          showIcon
          data-testid="filing-returned"
          title={t('filings.returned.title')}
          description={f.decision.note}
        />
      )}
      {f.deadline.overdue && (
        <Alert
          type="error"
          showIcon
          data-testid="filing-overdue"
          title={t('filings.overdue.title')}
          description={f.deadline.findings
            .filter((x) => x.state === 'overdue' || x.state === 'violated')
            .map((x) => t('filings.overdue.finding', { article: x.article, date: x.dueDate ?? '—' }))
            .join(t('filings.sep'))}
        />
      )}
      {f.siteVisit.overdue && (
        <Alert
          type="error"
          showIcon
          data-testid="filing-visit-overdue"
          title={t('filings.visit.overdue', {
            article: f.siteVisit.article ?? '',
            days: f.siteVisit.days ?? '',
            date: f.siteVisit.dueDate ?? '',
          })}
        />
      )}
      <Tabs
        items={[
          {
            key: 'facts',
            label: <span data-testid="filing-tab-facts">{t('filings.drawer.facts')}</span>,
            children: <FilingFacts filing={f} />,
          },
          {
            key: 'points',
            label: (
              <span data-testid="filing-tab-points">
                {t('filings.drawer.points', { count: f.content?.points.length ?? 0 })}
              </span>
            ),
            children: <PointsTable filing={f} />,
          },
          {
            key: 'materials',
            label: (
              <span data-testid="filing-tab-materials">
                {missing > 0 ? t('filings.drawer.materialsMissing', { count: missing }) : t('filings.drawer.materials')}
              </span>
            ),
            children: <MaterialsPanel filing={f} />,
          },
          {
            key: 'history',
            label: <span data-testid="filing-tab-history">{t('filings.drawer.history')}</span>,
            children: <FilingHistory filing={f} />,
          },
        ]}
      />
    </Space>
  );
}
