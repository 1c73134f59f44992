import { Button, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useUser } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { when } from '../../components/format/when.ts';
import { nameOf } from '../registry/lists.ts';
import { CreateButton, FilterBar, FilterSelect } from '../registry/ListView.tsx';
import { useFilters } from '../registry/paging.ts';
import { INSPECTION_STATUS_COLOR, INSPECTION_STATUSES } from './enums.ts';
import { InspectionDrawer } from './InspectionDrawer.tsx';
import { PdfButton } from './PdfButton.tsx';
import { mayInspect } from './permissions.ts';
import { PlanInspectionForm } from './PlanInspectionForm.tsx';
import { noticePdf, useInspectableUnits, useInspections } from './queries.ts';
import type { InspectionFilters, InspectionSummary } from './types.ts';

/** The inspections: unit, day, kind, inspectors, state; planning for inspectors; each opens in a drawer. */
export function InspectionsTab() {
  const { t } = useI18n();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const [filters, setFilter] = useFilters<InspectionFilters>({});
  const list = useInspections(filters);
  const { units, orgs } = useInspectableUnits();
  const [planning, setPlanning] = useState(false);
  const openId = params.get('inspection');
  const open = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id === null) next.delete('inspection');
    else next.set('inspection', id);
    setParams(next);
  };

  const columns: TableColumnsType<InspectionSummary> = [
    { key: 'plannedFor', title: t('supervision.field.plannedFor'), dataIndex: 'plannedFor', width: 110 },
    {
      key: 'org',
      title: t('supervision.field.unit'),
      width: 200,
      ellipsis: true,
      render: (_, i) => nameOf(orgs, i.orgId),
    },
    { key: 'kind', title: t('supervision.field.kind'), width: 100, render: (_, i) => t(`supervision.kind.${i.kind}`) },
    {
      key: 'inspectors',
      title: t('supervision.field.inspectors'),
      width: 200,
      ellipsis: true,
      render: (_, i) => i.inspectors.join(t('supervision.listSeparator')),
    },
    {
      key: 'status',
      title: t('common.status'),
      width: 100,
      render: (_, i) => (
        <Tag color={INSPECTION_STATUS_COLOR[i.status]} data-testid="inspection-status" data-status={i.status}>
          {t(`supervision.status.${i.status}`)}
        </Tag>
      ),
    },
    {
      key: 'completedAt',
      title: t('supervision.field.completedAt'),
      width: 160,
      render: (_, i) => when(i.completedAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 190,
      render: (_, i) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            data-testid="inspection-open"
            onClick={() => {
              open(i.id);
            }}
          >
            {t('supervision.inspection.open')}
          </Button>
          <PdfButton href={noticePdf(i.id)} label={t('supervision.pdf.notice')} testId="inspection-notice-pdf" />
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="supervision-inspections">
      <FilterBar
        action={
          mayInspect(user.role) && (
            <CreateButton
              label={t('supervision.inspection.plan')}
              onClick={() => {
                setPlanning(true);
              }}
            />
          )
        }
      >
        <FilterSelect
          label={t('supervision.field.unit')}
          width={220}
          options={units.map((o) => ({ value: o.id, label: o.name }))}
          onChange={(v) => {
            setFilter('orgId', v);
          }}
        />
        <FilterSelect
          label={t('common.status')}
          width={140}
          options={INSPECTION_STATUSES.map((s) => ({ value: s, label: t(`supervision.status.${s}`) }))}
          onChange={(v) => {
            setFilter('status', v);
          }}
        />
      </FilterBar>
      {list.error !== null && (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={list.error} />
        </div>
      )}
      <Table<InspectionSummary>
        aria-label={t('supervision.tab.inspections')}
        data-testid="inspections-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data ?? []}
        loading={list.isPending}
        locale={{ emptyText: t('supervision.inspection.empty') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
      />
      <InspectionDrawer
        id={openId}
        onClose={() => {
          open(null);
        }}
      />
      {planning && (
        <PlanInspectionForm
          preset={null}
          onCreated={open}
          onClose={() => {
            setPlanning(false);
          }}
        />
      )}
    </div>
  );
}
