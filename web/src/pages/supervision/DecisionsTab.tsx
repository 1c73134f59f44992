import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useUser } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { when } from '../../components/format/when.ts';
import { isOneOf } from '../registry/enums.ts';
import { nameOf } from '../registry/lists.ts';
import { CreateButton, FilterBar, FilterSelect } from '../registry/ListView.tsx';
import { DecisionForm } from './DecisionForm.tsx';
import { FINE_TIERS } from './enums.ts';
import { yuan } from './penalties.ts';
import { mayApprove } from './permissions.ts';
import { useDecisions, useInspectableUnits } from './queries.ts';
import type { Decision } from './types.ts';

/** The penalty decisions: unit, article, whom, the fine against its range, and the measures; approvers record them. */
export function DecisionsTab() {
  const { t } = useI18n();
  const user = useUser();
  const [orgId, setOrgId] = useState<string | undefined>(undefined);
  const list = useDecisions(orgId);
  const { units, orgs } = useInspectableUnits();
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<Decision> = [
    { key: 'decidedAt', title: t('supervision.field.decidedAt'), width: 160, render: (_, d) => when(d.decidedAt) },
    {
      key: 'org',
      title: t('supervision.field.unit'),
      width: 170,
      ellipsis: true,
      render: (_, d) => nameOf(orgs, d.orgId),
    },
    {
      key: 'documentNo',
      title: t('supervision.field.documentNo'),
      width: 140,
      ellipsis: true,
      render: (_, d) => d.documentNo ?? t('common.none'),
    },
    {
      key: 'article',
      title: t('supervision.field.article'),
      width: 170,
      render: (_, d) => (
        <>
          <div>{d.article}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {d.trigger}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'offender',
      title: t('supervision.field.offender'),
      width: 180,
      ellipsis: true,
      render: (_, d) => (
        <>
          <div>{d.offenderName}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`supervision.offender.${d.offenderKind}`)}
            {d.tier !== null && isOneOf(FINE_TIERS, d.tier) && ` · ${t(`supervision.tier.${d.tier}`)}`}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'amount',
      title: t('supervision.field.amount'),
      width: 130,
      render: (_, d) => (
        <span data-testid="decision-amount">
          {d.amountYuan === null ? t('common.none') : t('supervision.amount', { amount: yuan(d.amountYuan) })}
          {d.warning && <Tag style={{ marginInlineStart: 6 }}>{t('supervision.field.warning')}</Tag>}
        </span>
      ),
    },
    {
      key: 'range',
      title: t('supervision.field.range'),
      width: 240,
      render: (_, d) => (
        <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: d.rangeZh }}>
          {d.rangeZh}
        </Typography.Paragraph>
      ),
    },
    { key: 'offenceDate', title: t('supervision.field.offenceDate'), width: 110, dataIndex: 'offenceDate' },
  ];

  return (
    <div data-testid="supervision-decisions">
      <FilterBar
        action={
          mayApprove(user.role) && (
            <CreateButton
              label={t('supervision.decision.create')}
              onClick={() => {
                setCreating(true);
              }}
            />
          )
        }
      >
        <FilterSelect
          label={t('supervision.field.unit')}
          width={220}
          options={units.map((o) => ({ value: o.id, label: o.name }))}
          onChange={setOrgId}
        />
      </FilterBar>
      {list.error !== null && (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={list.error} />
        </div>
      )}
      <Table<Decision>
        aria-label={t('supervision.tab.decisions')}
        data-testid="decisions-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data ?? []}
        loading={list.isPending}
        locale={{ emptyText: t('supervision.decision.empty') }}
        expandable={{
          expandedRowRender: (d) => (
            <div data-testid="decision-details">
              <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>
                {t('supervision.decision.factsLine', { facts: d.facts })}
              </Typography.Paragraph>
              {d.seriousConsequences !== null && (
                <Typography.Paragraph>
                  {t('supervision.decision.consequencesLine', { text: d.seriousConsequences })}
                </Typography.Paragraph>
              )}
              {d.otherMeasures.length > 0 && (
                <Typography.Paragraph>
                  {t('supervision.decision.measures', {
                    measures: d.otherMeasures.join(t('supervision.listSeparator')),
                  })}
                </Typography.Paragraph>
              )}
            </div>
          ),
        }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
      />
      {creating && (
        <DecisionForm
          preset={null}
          onClose={() => {
            setCreating(false);
          }}
        />
      )}
    </div>
  );
}
