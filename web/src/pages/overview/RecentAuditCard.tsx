import { Card, Empty, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Overview } from './useOverview.ts';

type AuditEvent = NonNullable<Overview['recentAudit']>[number];

/** The newest audit events (for roles that read the audit trail). */
export function RecentAuditCard({ events }: { events: readonly AuditEvent[] }) {
  const { t } = useI18n();
  return (
    <Card
      title={t('overview.audit.title')}
      extra={<Link to="/audit">{t('overview.audit.all')}</Link>}
      size="small"
      style={{ height: '100%' }}
      data-testid="overview-audit"
    >
      {events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.audit.none')} />
      ) : (
        <Table<AuditEvent>
          size="small"
          pagination={false}
          rowKey="seq"
          dataSource={[...events]}
          scroll={{ x: 360 }}
          columns={[
            {
              key: 'time',
              title: t('common.time'),
              width: 84,
              render: (_, e) => (
                <span title={dayjs(e.time).format('YYYY-MM-DD HH:mm:ss')}>
                  {dayjs(e.time).format(dayjs(e.time).isSame(dayjs(), 'day') ? 'HH:mm:ss' : 'MM-DD HH:mm')}
                </span>
              ),
            },
            {
              key: 'actor',
              title: t('overview.audit.actor'),
              width: 120,
              ellipsis: true,
              render: (_, e) => e.actorName ?? e.actorUserId ?? t('overview.audit.system'),
            },
            {
              key: 'action',
              title: t('overview.audit.action'),
              render: (_, e) => {
                const target = e.targetType === null ? null : `${e.targetType} ${e.targetId ?? ''}`;
                return (
                  <div style={{ minWidth: 0 }}>
                    <Typography.Text code style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                      {e.action}
                    </Typography.Text>
                    {target !== null && (
                      <Typography.Text
                        type="secondary"
                        ellipsis={{ tooltip: target }}
                        style={{ display: 'block', fontSize: 12, maxWidth: 260 }}
                      >
                        {target}
                      </Typography.Text>
                    )}
                  </div>
                );
              },
            },
          ]}
        />
      )}
    </Card>
  );
}
