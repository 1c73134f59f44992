import { Card, Col, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Overview } from './useOverview.ts';

type State = 'online' | 'offline' | 'faulty' | 'disabled';

const STATES: readonly { state: State; color: string | undefined }[] = [
  { state: 'online', color: '#389e0d' },
  { state: 'offline', color: '#8c8c8c' },
  { state: 'faulty', color: '#cf1322' },
  { state: 'disabled', color: undefined },
];

/** The registry's camera list; disabled cameras use its `enabled` filter (as GET /cameras). */
function registryLink(state: State): string {
  return state === 'disabled' ? '/registry?tab=cameras&enabled=false' : '/registry?tab=cameras';
}

/** Cameras online, offline, faulty and disabled, each opening the registry's camera list. */
export function CameraStatusCard({ cameras }: { cameras: Overview['cameras'] }) {
  const { t } = useI18n();
  return (
    <Card
      title={t('overview.cameras.title')}
      extra={<Typography.Text type="secondary">{t('overview.cameras.total', { n: cameras.total })}</Typography.Text>}
      size="small"
      data-testid="overview-cameras"
    >
      <Row gutter={[16, 8]}>
        {STATES.map(({ state, color }) => (
          <Col key={state} xs={12} md={6}>
            <Link
              to={registryLink(state)}
              aria-label={t('overview.cameras.open', { state: t(`overview.cameras.${state}`), n: cameras[state] })}
              data-testid={`overview-cameras-${state}`}
              style={{ display: 'block', color: 'inherit' }}
            >
              <Statistic
                title={t(`overview.cameras.${state}`)}
                value={cameras[state]}
                styles={color === undefined ? {} : { content: { color } }}
              />
            </Link>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
