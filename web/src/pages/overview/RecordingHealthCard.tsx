import { Card, Col, Empty, Row, Space, Statistic, Tag, Typography } from 'antd';
import { BarChart } from '../../components/charts/BarChart.tsx';
import { useI18n, type I18n } from '../../i18n/i18n.tsx';
import type { Overview } from './useOverview.ts';

/** Gap causes the recorder writes (GapCause on the server); others show as their code. */
const GAP_CAUSES = ['offline', 'overrun', 'disk_full', 'paused', 'crash', 'stall'] as const;
type GapCause = (typeof GAP_CAUSES)[number];
const isGapCause = (c: string): c is GapCause => (GAP_CAUSES as readonly string[]).includes(c);

function formatDuration(ms: number, t: I18n['t']): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return t('overview.duration.m', { m: minutes });
  return t('overview.duration.hm', { h: Math.floor(minutes / 60), m: minutes % 60 });
}

const percent = (ratio: number): string => `${(ratio * 100).toFixed(ratio >= 0.9995 ? 0 : 1)}%`;

/** Green when nearly all expected footage is there, amber when some is missing, red below 95 %. */
function availabilityColor(ratio: number): string {
  if (ratio >= 0.99) return '#52c41a';
  if (ratio >= 0.95) return '#faad14';
  return '#ff4d4f';
}

/** Today's recording gaps by cause and the last week's camera availability as a column chart. */
export function RecordingHealthCard({
  gapsToday,
  availability,
}: {
  gapsToday: Overview['gapsToday'];
  availability: Overview['availability'];
}) {
  const { t } = useI18n();
  const causes = Object.entries(gapsToday.byCause).sort((a, b) => b[1] - a[1]);
  const bars = availability.map((d) => ({
    key: d.day,
    label: d.day.slice(5),
    value: d.ratio,
    valueLabel: d.ratio === null ? '—' : percent(d.ratio),
  }));
  const summary = t('overview.availability.summary', {
    values: availability
      .map((d) => `${d.day} ${d.ratio === null ? t('overview.availability.noData') : percent(d.ratio)}`)
      .join('; '),
  });
  return (
    <Card
      title={t('overview.recording.title')}
      size="small"
      style={{ height: '100%' }}
      data-testid="overview-recording"
    >
      <Row gutter={16}>
        <Col span={12}>
          <Statistic
            title={t('overview.recording.gapsToday')}
            value={gapsToday.count}
            suffix={t('overview.recording.gapsUnit')}
            styles={gapsToday.count > 0 ? { content: { color: '#d46b08' } } : {}}
          />
        </Col>
        <Col span={12}>
          <Statistic title={t('overview.recording.missingToday')} value={formatDuration(gapsToday.totalMs, t)} />
        </Col>
      </Row>
      <div style={{ margin: '8px 0 12px' }}>
        {causes.length === 0 ? (
          <Typography.Text type="success">{t('overview.recording.noGaps')}</Typography.Text>
        ) : (
          <Space size={[4, 4]} wrap>
            <Typography.Text type="secondary">{t('overview.recording.byCause')}</Typography.Text>
            {causes.map(([cause, n]) => (
              <Tag key={cause} color="orange">
                {isGapCause(cause) ? t(`overview.gap.${cause}`) : cause} × {n}
              </Tag>
            ))}
          </Space>
        )}
      </div>
      <Typography.Text strong>{t('overview.availability.title')}</Typography.Text>
      {availability.every((d) => d.ratio === null) ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.availability.noCameras')} />
      ) : (
        <BarChart
          title={t('overview.availability.title')}
          summary={summary}
          bars={bars}
          colorOf={availabilityColor}
          testId="overview-availability-chart"
        />
      )}
    </Card>
  );
}
