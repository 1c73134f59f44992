import { Button, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useI18n } from '../../i18n/i18n.tsx';
import { isOneOf } from '../registry/enums.ts';
import { ACCESS_KINDS, REQUESTER_KINDS } from './enums.ts';
import { StatusTags } from './StatusTags.tsx';
import type { AccessRequest } from './types.ts';
import { when } from '../../components/format/when.ts';

/** The requests: when, what, who asks, whose footage, why, the article it is routed by, its state. */
export function RequestsTable({
  rows,
  loading,
  sittingRequestId,
  onOpen,
}: {
  rows: readonly AccessRequest[];
  loading: boolean;
  /** The request whose sitting is open in this tab. */
  sittingRequestId: string | null;
  onOpen: (id: string) => void;
}) {
  const { t } = useI18n();
  const columns: TableColumnsType<AccessRequest> = [
    { key: 'createdAt', title: t('access.field.createdAt'), width: 150, render: (_, r) => when(r.createdAt) },
    {
      key: 'type',
      title: t('access.field.type'),
      width: 130,
      render: (_, r) => (
        <>
          <div>{t(`access.type.${r.type}`)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {isOneOf(REQUESTER_KINDS, r.requesterKind) ? t(`access.requester.${r.requesterKind}`) : r.requesterKind}
            {' · '}
            {isOneOf(ACCESS_KINDS, r.accessKind) ? t(`access.kind.${r.accessKind}`) : r.accessKind}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'requestingUnit',
      title: t('access.field.requestingUnit'),
      width: 160,
      ellipsis: true,
      render: (_, r) => r.requestingUnit,
    },
    { key: 'unit', title: t('access.field.unitOrg'), width: 140, ellipsis: true, render: (_, r) => r.unitOrg.name },
    {
      key: 'purpose',
      title: t('access.field.purpose'),
      ellipsis: true,
      render: (_, r) => (
        <>
          <div style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{r.purpose}</div>
          {r.caseNo !== null && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.caseNo}
            </Typography.Text>
          )}
        </>
      ),
    },
    { key: 'article', title: t('access.field.article'), width: 130, render: (_, r) => r.route.article },
    {
      key: 'status',
      title: t('common.status'),
      width: 160,
      render: (_, r) => (
        <>
          <StatusTags request={r} />
          {sittingRequestId === r.id && <Tag color="processing">{t('access.sitting.inProgress')}</Tag>}
        </>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 80,
      fixed: 'right',
      render: (_, r) => (
        <Button
          size="small"
          data-testid="access-open"
          onClick={() => {
            onOpen(r.id);
          }}
        >
          {t('common.details')}
        </Button>
      ),
    },
  ];
  return (
    <Table<AccessRequest>
      data-testid="access-requests"
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={rows}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 1150 }}
      onRow={(r) => ({
        'data-request-id': r.id,
        // An emergency still awaiting its approval stands out in red (国家 第二十条: 事后补办).
        style: r.emergencyUnapproved ? { background: '#fff1f0' } : undefined,
      })}
    />
  );
}
