import { Alert, Card, Descriptions, Empty, Progress, Space, Tag, Typography } from 'antd';
import { DaysBar } from '../../components/charts/DaysBar.tsx';
import { formatBytes } from '../../components/charts/bytes.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Overview } from './useOverview.ts';

type Volume = Overview['storage'][number];

const wholeDays = (d: number): string => (d >= 10 ? Math.floor(d).toLocaleString() : d.toFixed(1));

/** One volume: space used, the write rate, and the days that fit against the retention floor. */
function VolumeForecast({ volume }: { volume: Volume }) {
  const { t } = useI18n();
  const usedBytes = volume.totalBytes - volume.freeBytes;
  const usedPercent = volume.totalBytes > 0 ? Math.round((usedBytes / volume.totalBytes) * 100) : 0;
  const days = volume.daysThatFit === null ? null : wholeDays(volume.daysThatFit);
  const floor = volume.floorDays;
  return (
    <div data-testid="overview-volume" data-warning={volume.warning ? 'true' : 'false'}>
      <Typography.Text type="secondary" ellipsis style={{ display: 'block' }} title={volume.path}>
        {t('overview.storage.volume')} {volume.path}
      </Typography.Text>
      <Progress
        percent={usedPercent}
        status={volume.warning ? 'exception' : 'normal'}
        format={() =>
          t('overview.storage.used', { used: formatBytes(usedBytes), total: formatBytes(volume.totalBytes) })
        }
        aria-label={t('overview.storage.used', { used: formatBytes(usedBytes), total: formatBytes(volume.totalBytes) })}
        styles={{ root: { marginBottom: 4 } }}
      />
      <Descriptions
        size="small"
        column={2}
        items={[
          { key: 'footage', label: t('overview.storage.footage'), children: formatBytes(volume.storedBytes) },
          { key: 'rate', label: t('overview.storage.perDay'), children: formatBytes(volume.bytesPerDay) },
        ]}
      />
      <DaysBar
        title={t('overview.storage.chartTitle')}
        summary={
          days === null
            ? t('overview.storage.chartSummaryUnknown', { floor })
            : t('overview.storage.chartSummary', { days, floor })
        }
        days={volume.daysThatFit}
        floorDays={floor}
        daysLabel={days === null ? '—' : t('overview.storage.days', { n: days })}
        floorLabel={t('overview.storage.floor', { n: floor })}
        warning={volume.warning}
        testId="overview-storage-chart"
      />
      <Space size={[4, 4]} wrap style={{ marginTop: 4 }}>
        {days === null ? (
          <Typography.Text type="secondary">{t('overview.storage.noRate')}</Typography.Text>
        ) : !volume.warning ? (
          <Typography.Text type="success">{t('overview.storage.enough', { floor })}</Typography.Text>
        ) : null}
        {volume.floorArticle !== null && (
          <Tag color={volume.warning ? 'red' : 'default'}>
            {t('overview.storage.article', { article: volume.floorArticle })}
          </Tag>
        )}
      </Space>
      {volume.warning && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          data-testid="overview-storage-warning"
          title={t('overview.storage.warning', { days: days ?? '—', floor })}
        />
      )}
    </div>
  );
}

/** Per volume: how many days of footage fit at the current rate, against the retention floor. */
export function StorageCard({ storage }: { storage: Overview['storage'] }) {
  const { t } = useI18n();
  return (
    <Card title={t('overview.storage.title')} size="small" style={{ height: '100%' }} data-testid="overview-storage">
      {storage.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.storage.none')} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {storage.map((v) => (
            <VolumeForecast key={v.path} volume={v} />
          ))}
        </Space>
      )}
    </Card>
  );
}
