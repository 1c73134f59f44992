import { Button, Checkbox, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useUser } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { when } from '../../components/format/when.ts';
import { nameOf } from '../registry/lists.ts';
import { FilterBar, FilterSelect } from '../registry/ListView.tsx';
import { useFilters } from '../registry/paging.ts';
import { DecisionForm } from './DecisionForm.tsx';
import { ORDER_STATUS_COLOR, ORDER_STATUSES } from './enums.ts';
import { PdfButton } from './PdfButton.tsx';
import { mayApprove, mayInspect } from './permissions.ts';
import { PlanInspectionForm } from './PlanInspectionForm.tsx';
import { isOverdue, noticePdf, orderPdf, useInspectableUnits, useOrders } from './queries.ts';
import type { Order, OrderFilters } from './types.ts';

type Dialog = { kind: 'reinspect'; order: Order } | { kind: 'decide'; order: Order };

/** The lines of an order: what is to be corrected, what was found, and the penalty if it is not. */
function OrderLines({ order }: { order: Order }) {
  const { t } = useI18n();
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="order-lines">
      {order.items.map((l) => (
        <li key={l.itemId}>
          {l.titleZh} <Typography.Text type="secondary">({l.article})</Typography.Text>
          {l.note !== null && <div>{t('supervision.order.found', { note: l.note })}</div>}
          {l.penaltyArticle !== null && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('supervision.order.penalty', {
                article: l.penaltyArticle,
                trigger: l.penaltyTrigger ?? '',
                range: l.penaltyRangeZh ?? '',
              })}
            </Typography.Text>
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * The rectification orders (责令限期改正): unit, deadline (red once passed while open), state, the
 * printed order and inspection notice; re-inspection for inspectors, a penalty decision for
 * approvers once an order is escalated (逾期不改正).
 */
export function OrdersTab() {
  const { t } = useI18n();
  const user = useUser();
  const [, setParams] = useSearchParams();
  const [filters, setFilter] = useFilters<OrderFilters>({});
  const [overdueOnly, setOverdueOnly] = useState(false);
  const list = useOrders(filters);
  const { units, orgs } = useInspectableUnits();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const rows = (list.data ?? []).filter((o) => !overdueOnly || isOverdue(o));
  const showInspection = (id: string) => {
    setParams({ tab: 'inspections', inspection: id });
  };

  const columns: TableColumnsType<Order> = [
    {
      key: 'documentNo',
      title: t('supervision.field.documentNo'),
      width: 150,
      ellipsis: true,
      render: (_, o) => o.documentNo ?? t('common.none'),
    },
    {
      key: 'org',
      title: t('supervision.field.unit'),
      width: 180,
      ellipsis: true,
      render: (_, o) => nameOf(orgs, o.orgId),
    },
    { key: 'issuedAt', title: t('supervision.field.issuedAt'), width: 160, render: (_, o) => when(o.issuedAt) },
    {
      key: 'deadline',
      title: t('supervision.field.deadline'),
      width: 110,
      render: (_, o) =>
        isOverdue(o) ? (
          <Typography.Text type="danger" strong data-testid="order-deadline-overdue">
            {o.deadline}
          </Typography.Text>
        ) : (
          o.deadline
        ),
    },
    {
      key: 'status',
      title: t('common.status'),
      width: 150,
      render: (_, o) => (
        <span data-testid="order-status" data-status={o.status} data-overdue={isOverdue(o)}>
          <Tag color={ORDER_STATUS_COLOR[o.status]}>{t(`supervision.orderStatus.${o.status}`)}</Tag>
          {isOverdue(o) && <Tag color="red">{t('supervision.order.overdue')}</Tag>}
        </span>
      ),
    },
    {
      key: 'articles',
      title: t('supervision.field.articles'),
      width: 220,
      ellipsis: true,
      render: (_, o) => [...new Set(o.items.map((l) => l.article))].join(t('supervision.listSeparator')),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 250,
      render: (_, o) => (
        <Space size={0} wrap>
          <PdfButton href={orderPdf(o.id)} label={t('supervision.pdf.order')} testId="order-pdf" />
          <PdfButton href={noticePdf(o.inspectionId)} label={t('supervision.pdf.notice')} testId="order-notice-pdf" />
          <Button
            type="link"
            size="small"
            onClick={() => {
              showInspection(o.inspectionId);
            }}
          >
            {t('supervision.order.inspection')}
          </Button>
          {mayInspect(user.role) && o.status !== 'rectified' && (
            <Button
              type="link"
              size="small"
              data-testid="order-reinspect"
              onClick={() => {
                setDialog({ kind: 'reinspect', order: o });
              }}
            >
              {t('supervision.inspection.reinspect')}
            </Button>
          )}
          {mayApprove(user.role) && o.status === 'escalated' && (
            <Button
              type="link"
              size="small"
              danger
              data-testid="order-decide"
              onClick={() => {
                setDialog({ kind: 'decide', order: o });
              }}
            >
              {t('supervision.decision.create')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="supervision-orders">
      <FilterBar>
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
          options={ORDER_STATUSES.map((s) => ({ value: s, label: t(`supervision.orderStatus.${s}`) }))}
          onChange={(v) => {
            setFilter('status', v);
          }}
        />
        <Checkbox
          checked={overdueOnly}
          data-testid="orders-overdue-only"
          onChange={(e) => {
            setOverdueOnly(e.target.checked);
          }}
        >
          {t('supervision.order.overdueOnly')}
        </Checkbox>
      </FilterBar>
      {list.error !== null && (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={list.error} />
        </div>
      )}
      <Table<Order>
        aria-label={t('supervision.tab.orders')}
        data-testid="orders-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={list.isPending}
        locale={{ emptyText: t('supervision.order.empty') }}
        expandable={{ expandedRowRender: (o) => <OrderLines order={o} /> }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
      />
      {dialog?.kind === 'reinspect' && (
        <PlanInspectionForm
          preset={{ orgId: dialog.order.orgId, orderId: dialog.order.id }}
          onCreated={showInspection}
          onClose={() => {
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'decide' && (
        <DecisionForm
          preset={{ orgId: dialog.order.orgId, orderId: dialog.order.id }}
          onClose={() => {
            setDialog(null);
          }}
        />
      )}
    </div>
  );
}
