import { ReloadOutlined } from '@ant-design/icons';
import { Button, Col, Row, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { CameraStatusCard } from './CameraStatusCard.tsx';
import { FindingsCard } from './FindingsCard.tsx';
import { RecentAuditCard } from './RecentAuditCard.tsx';
import { RecordingHealthCard } from './RecordingHealthCard.tsx';
import { StorageCard } from './StorageCard.tsx';
import { useOverview } from './useOverview.ts';

/** 首页: cameras, recording health, storage against the retention floor, open findings, recent audit. */
export function OverviewPage() {
  const { t } = useI18n();
  const overview = useOverview();
  const o = overview.data;
  return (
    <div data-testid="overview-page">
      <div
        style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 12, marginBottom: 12 }}
      >
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('overview.title')}
        </Typography.Title>
        <Space>
          {o !== undefined && (
            <Typography.Text type="secondary">
              {t('overview.updatedAt', { time: dayjs(o.generatedAt).format('HH:mm:ss') })}
            </Typography.Text>
          )}
          <Button
            icon={<ReloadOutlined />}
            loading={overview.isFetching}
            onClick={() => {
              void overview.refetch();
            }}
          >
            {t('common.refresh')}
          </Button>
        </Space>
      </div>
      {overview.error !== null && (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={overview.error} />
        </div>
      )}
      {o === undefined ? (
        overview.isPending && <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <CameraStatusCard cameras={o.cameras} />
          </Col>
          <Col xs={24} lg={12}>
            <RecordingHealthCard gapsToday={o.gapsToday} availability={o.availability} />
          </Col>
          <Col xs={24} lg={12}>
            <StorageCard storage={o.storage} />
          </Col>
          <Col xs={24} xl={o.recentAudit === null ? 24 : 14}>
            <FindingsCard findings={o.findings} />
          </Col>
          {o.recentAudit !== null && (
            <Col xs={24} xl={10}>
              <RecentAuditCard events={o.recentAudit} />
            </Col>
          )}
        </Row>
      )}
    </div>
  );
}
