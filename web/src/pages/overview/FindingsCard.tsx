import { Card, Col, Empty, Row, Statistic, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Overview } from './useOverview.ts';

type Finding = Overview['findings']['top'][number];
type State = Finding['state'];

/** Most urgent first, as the server orders them. */
const STATES: readonly { state: State; color: string }[] = [
  { state: 'violated', color: 'red' },
  { state: 'overdue', color: 'volcano' },
  { state: 'due', color: 'gold' },
  { state: 'needs_evidence', color: 'blue' },
];
const colorOf = (s: State): string => STATES.find((x) => x.state === s)?.color ?? 'default';

/** Open compliance findings by state, and the most urgent ones with the article each cites. */
export function FindingsCard({ findings }: { findings: Overview['findings'] }) {
  const { t, pick } = useI18n();
  return (
    <Card
      title={t('overview.findings.title')}
      extra={<Link to="/compliance">{t('overview.findings.all')}</Link>}
      size="small"
      style={{ height: '100%' }}
      data-testid="overview-findings"
    >
      <Row gutter={[16, 8]}>
        {STATES.map(({ state }) => (
          <Col key={state} xs={12} md={6}>
            <Statistic
              title={t(`overview.state.${state}`)}
              value={findings[state]}
              styles={findings[state] > 0 && state !== 'needs_evidence' ? { content: { color: '#cf1322' } } : {}}
            />
          </Col>
        ))}
      </Row>
      {findings.top.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.findings.none')} />
      ) : (
        <Table<Finding>
          style={{ marginTop: 12 }}
          size="small"
          pagination={false}
          rowKey={(f) => `${f.orgName}/${f.ruleId}`}
          dataSource={findings.top}
          scroll={{ x: 560 }}
          title={() => <Typography.Text strong>{t('overview.findings.top')}</Typography.Text>}
          columns={[
            {
              key: 'state',
              title: t('common.status'),
              width: 96,
              render: (_, f) => <Tag color={colorOf(f.state)}>{t(`overview.state.${f.state}`)}</Tag>,
            },
            {
              key: 'title',
              title: t('overview.findings.item'),
              render: (_, f) => (
                <div>
                  <div>{pick(f.titleZh, f.titleEn)}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {f.orgName}
                  </Typography.Text>
                </div>
              ),
            },
            { key: 'article', title: t('overview.findings.article'), dataIndex: 'article', width: 150 },
            {
              key: 'due',
              title: t('overview.findings.deadline'),
              width: 120,
              render: (_, f) => f.dueDate ?? '—',
            },
          ]}
        />
      )}
    </Card>
  );
}
