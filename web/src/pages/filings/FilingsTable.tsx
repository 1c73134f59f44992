import { Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { when } from '../../components/format/when.ts';
import { nextDue, useFilings, type Filing, type FilingsQuery } from './filings.ts';
import { StatusTag } from './StatusTag.tsx';

/** Rows a page adds; the server answers at most MAX_ROWS. */
const PAGE_ROWS = 100;
const MAX_ROWS = 500;

/** The next deadline of a filing; red when a deadline or the site visit is missed. */
export function DeadlineText({ filing }: { filing: Filing }) {
  const { t } = useI18n();
  const due = nextDue(filing);
  const overdue = filing.deadline.overdue || filing.siteVisit.overdue;
  return (
    <span data-testid="filing-deadline" data-overdue={overdue}>
      {due === null ? (
        <Typography.Text type="secondary">—</Typography.Text>
      ) : (
        <Typography.Text {...(overdue ? { type: 'danger' as const } : {})}>{due.date}</Typography.Text>
      )}
      {overdue && (
        <Tag color="red" style={{ marginInlineStart: 8 }}>
          {t('filings.overdue')}
        </Tag>
      )}
    </span>
  );
}

/** The filings matching `query`, newest first: system and unit, kind, state, addressee, deadline. */
export function FilingsTable({ query, onOpen }: { query: Omit<FilingsQuery, 'limit'>; onOpen: (id: string) => void }) {
  const { t } = useI18n();
  const [limit, setLimit] = useState(PAGE_ROWS);
  const list = useFilings(query, limit);
  const rows = list.data ?? [];
  const columns: TableColumnsType<Filing> = [
    {
      key: 'system',
      title: t('filings.field.system'),
      width: 240,
      render: (_, f) => (
        <>
          <div>{f.systemName}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {f.orgName}
          </Typography.Text>
        </>
      ),
    },
    { key: 'kind', title: t('filings.field.kind'), width: 110, render: (_, f) => t(`filings.kind.${f.kind}`) },
    { key: 'status', title: t('filings.field.status'), width: 100, render: (_, f) => <StatusTag filing={f} /> },
    {
      key: 'recipient',
      title: t('filings.field.recipient'),
      width: 200,
      ellipsis: true,
      render: (_, f) => f.recipient?.name ?? '—',
    },
    { key: 'submittedAt', title: t('filings.field.submittedAt'), width: 170, render: (_, f) => when(f.submittedAt) },
    { key: 'deadline', title: t('filings.field.deadline'), width: 170, render: (_, f) => <DeadlineText filing={f} /> },
    { key: 'updatedAt', title: t('filings.field.updatedAt'), width: 170, render: (_, f) => when(f.updatedAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 90,
      render: (_, f) => (
        <Button
          type="link"
          size="small"
          data-testid="filing-open"
          aria-label={`${t('common.details')} ${f.systemName}`}
          onClick={() => {
            onOpen(f.id);
          }}
        >
          {t('common.details')}
        </Button>
      ),
    },
  ];
  return (
    <>
      {list.error !== null && (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={list.error} />
        </div>
      )}
      <Table<Filing>
        aria-label={t('filings.list')}
        data-testid="filings-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={list.isPending}
        locale={{ emptyText: t('filings.empty') }}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      <Flex justify="space-between" align="center" style={{ marginTop: 12 }}>
        <Typography.Text type="secondary">{t('filings.shown', { count: rows.length })}</Typography.Text>
        {rows.length >= limit && limit < MAX_ROWS && (
          <Button
            loading={list.isFetching}
            onClick={() => {
              setLimit((l) => Math.min(l + PAGE_ROWS, MAX_ROWS));
            }}
          >
            {t('common.loadMore')}
          </Button>
        )}
      </Flex>
    </>
  );
}
