import { Alert, Button, Checkbox, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useUser } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { when } from '../../components/format/when.ts';
import { CreateButton, FilterBar, FilterSelect } from '../registry/ListView.tsx';
import { ReportDrawer } from './ReportDrawer.tsx';
import { ReportForm } from './ReportForm.tsx';
import { handlesReports, mayReport, REPORT_STATUSES, useReports, type Report, type ReportStatus } from './reports.ts';
import { StatusTags } from './StatusTags.tsx';

/**
 * 可疑信息: reports of suspicious information the units' monitoring staff send to the police, each
 * with its clip held; the police acknowledge and handle them, and those not handled in time are
 * flagged in red (安徽 第二十七条(五)). The open report is in the address (?report=ID).
 */
export function ReportsPage() {
  const { t } = useI18n();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const [status, setStatus] = useState<ReportStatus | undefined>(undefined);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [creating, setCreating] = useState(false);
  const list = useReports({
    ...(status === undefined ? {} : { status }),
    ...(overdueOnly ? { overdue: 'true' as const } : {}),
  });
  const overdue = useReports({ overdue: 'true' });
  const overdueCount = overdue.data?.items.length ?? 0;
  const openId = params.get('report');
  const open = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id === null) next.delete('report');
    else next.set('report', id);
    setParams(next);
  };

  const columns: TableColumnsType<Report> = [
    { key: 'reportedAt', title: t('reports.field.reportedAt'), width: 160, render: (_, r) => when(r.reportedAt) },
    { key: 'unit', title: t('reports.field.unit'), width: 160, ellipsis: true, render: (_, r) => r.orgName },
    { key: 'camera', title: t('reports.field.camera'), width: 150, ellipsis: true, render: (_, r) => r.cameraName },
    {
      key: 'occurredAt',
      title: t('reports.field.occurredAt'),
      width: 170,
      render: (_, r) => (
        <>
          <div>{when(r.occurredAt)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`reports.source.${r.source}`)}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'description',
      title: t('reports.field.description'),
      width: 260,
      render: (_, r) => (
        <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2 }}>
          {r.description}
        </Typography.Paragraph>
      ),
    },
    { key: 'status', title: t('common.status'), width: 150, render: (_, r) => <StatusTags report={r} /> },
    {
      key: 'dueBy',
      title: t('reports.field.dueBy'),
      width: 160,
      render: (_, r) => (r.overdue ? <Typography.Text type="danger">{when(r.dueBy)}</Typography.Text> : when(r.dueBy)),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 90,
      render: (_, r) => (
        <Button
          type="link"
          size="small"
          data-testid="report-open"
          onClick={() => {
            open(r.id);
          }}
        >
          {t('common.details')}
        </Button>
      ),
    },
  ];

  return (
    <div data-testid="reports-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('reports.title')}
      </Typography.Title>
      {overdueCount > 0 && !overdueOnly && (
        <Alert
          type="error"
          showIcon
          data-testid="reports-overdue-alert"
          style={{ marginBottom: 12 }}
          title={t(handlesReports(user.role) ? 'reports.overdue.banner' : 'reports.overdue.bannerUnit', {
            n: overdueCount,
            hours: overdue.data?.overdueAfterHours ?? '',
          })}
          action={
            <Button
              size="small"
              danger
              onClick={() => {
                setOverdueOnly(true);
              }}
            >
              {t('reports.overdue.show')}
            </Button>
          }
        />
      )}
      <FilterBar
        action={
          mayReport(user.role) && (
            <CreateButton
              label={t('reports.create')}
              onClick={() => {
                setCreating(true);
              }}
            />
          )
        }
      >
        <FilterSelect
          label={t('common.status')}
          width={150}
          options={REPORT_STATUSES.map((s) => ({ value: s, label: t(`reports.status.${s}`) }))}
          onChange={setStatus}
        />
        <Checkbox
          checked={overdueOnly}
          data-testid="reports-overdue-only"
          onChange={(e) => {
            setOverdueOnly(e.target.checked);
          }}
        >
          {t('reports.overdueOnly')}
        </Checkbox>
      </FilterBar>
      {list.error !== null && (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={list.error} />
        </div>
      )}
      <Table<Report>
        aria-label={t('reports.title')}
        data-testid="reports-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isPending}
        locale={{ emptyText: t('reports.empty') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
      />
      <ReportDrawer
        id={openId}
        onClose={() => {
          open(null);
        }}
      />
      {creating && (
        <ReportForm
          preset={{}}
          onCreated={(r) => {
            open(r.id);
          }}
          onClose={() => {
            setCreating(false);
          }}
        />
      )}
    </div>
  );
}
