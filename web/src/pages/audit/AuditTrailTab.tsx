import { FilterOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, Select, Space, Table, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useUsers } from './useUsers.ts';

type Endpoint = paths['/api/v1/audit/events']['get'];
type Filter = Omit<NonNullable<Endpoint['parameters']['query']>, 'beforeSeq' | 'limit'>;
type AuditEvent = Endpoint['responses'][200]['content']['application/json']['items'][number];

interface FilterForm {
  actorUserId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** Events per request; the server allows up to 500. */
const PAGE_SIZE = 100;

/** The query the form describes: blank fields left out, the range as ISO instants. */
function filterOf(v: FilterForm): Filter {
  const f: Filter = {};
  const text = (s: string | undefined): string | undefined => {
    const t = s?.trim() ?? '';
    return t === '' ? undefined : t;
  };
  const actor = text(v.actorUserId);
  const action = text(v.action);
  const targetType = text(v.targetType);
  const targetId = text(v.targetId);
  if (actor !== undefined) f.actorUserId = actor;
  if (action !== undefined) f.action = action;
  if (targetType !== undefined) f.targetType = targetType;
  if (targetId !== undefined) f.targetId = targetId;
  const [from, to] = v.range ?? [null, null];
  if (from !== null) f.from = from.toISOString();
  if (to !== null) f.to = to.toISOString();
  return f;
}

/** The audit trail, newest first: filters, "load more" paging, each event's details as JSON. */
export function AuditTrailTab() {
  const { t } = useI18n();
  const [form] = Form.useForm<FilterForm>();
  const [filter, setFilter] = useState<Filter>({});
  const users = useUsers();
  const names = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, u.displayName])), [users.data]);
  const events = useInfiniteQuery({
    queryKey: ['audit', 'events', filter],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/audit/events', {
          params: {
            query:
              pageParam === undefined
                ? { ...filter, limit: PAGE_SIZE }
                : { ...filter, limit: PAGE_SIZE, beforeSeq: pageParam },
          },
        }),
      ),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBeforeSeq ?? undefined,
  });
  const rows = events.data?.pages.flatMap((p) => p.items) ?? [];
  const onlyActor = (userId: string) => {
    form.setFieldsValue({ actorUserId: userId });
    setFilter(filterOf(form.getFieldsValue()));
  };

  return (
    <div data-testid="audit-trail">
      <Form<FilterForm>
        form={form}
        name="audit-trail-filter"
        layout="inline"
        onFinish={(v) => {
          setFilter(filterOf(v));
        }}
        style={{ rowGap: 8, marginBottom: 12 }}
      >
        <Form.Item label={t('audit.trail.actor')} name="actorUserId">
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('common.all')}
            style={{ width: 200 }}
            loading={users.isPending}
            options={(users.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))}
          />
        </Form.Item>
        <Form.Item label={t('audit.trail.action')} name="action" tooltip={t('audit.trail.actionHelp')}>
          <Input allowClear style={{ width: 180 }} placeholder="registry." />
        </Form.Item>
        <Form.Item label={t('audit.trail.targetType')} name="targetType">
          <Input allowClear style={{ width: 120 }} />
        </Form.Item>
        <Form.Item label={t('audit.trail.targetId')} name="targetId">
          <Input allowClear style={{ width: 180 }} />
        </Form.Item>
        <Form.Item label={t('audit.trail.range')} name="range">
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              {t('common.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setFilter({});
              }}
            >
              {t('audit.trail.reset')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
      {events.error !== null && (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={events.error} />
        </div>
      )}
      <Table<AuditEvent>
        size="small"
        rowKey="seq"
        loading={events.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1100 }}
        locale={{ emptyText: t('audit.trail.empty') }}
        expandable={{
          expandedRowRender: (e) => (
            <div data-testid="audit-event-details">
              <Typography.Text type="secondary">
                {t('audit.trail.hash')} <Typography.Text code>{e.hash}</Typography.Text>
              </Typography.Text>
              <pre
                style={{ margin: '8px 0 0', maxHeight: 320, overflow: 'auto', fontSize: 12, whiteSpace: 'pre-wrap' }}
              >
                {JSON.stringify(e.details, null, 2)}
              </pre>
            </div>
          ),
        }}
        columns={[
          { key: 'seq', title: t('audit.trail.seq'), dataIndex: 'seq', width: 70 },
          {
            key: 'time',
            title: t('common.time'),
            width: 170,
            render: (_, e) => dayjs(e.time).format('YYYY-MM-DD HH:mm:ss'),
          },
          {
            key: 'actor',
            title: t('audit.trail.actor'),
            width: 190,
            render: (_, e) =>
              e.actorUserId === null ? (
                <Typography.Text type="secondary">{t('audit.trail.system')}</Typography.Text>
              ) : (
                <Space size={2}>
                  <Typography.Text ellipsis style={{ maxWidth: 150 }} title={e.actorUserId}>
                    {names.get(e.actorUserId) ?? e.actorUserId}
                  </Typography.Text>
                  <Tooltip title={t('audit.trail.onlyActor')}>
                    <Button
                      type="text"
                      size="small"
                      icon={<FilterOutlined />}
                      aria-label={t('audit.trail.onlyActor')}
                      onClick={() => {
                        if (e.actorUserId !== null) onlyActor(e.actorUserId);
                      }}
                    />
                  </Tooltip>
                </Space>
              ),
          },
          {
            key: 'action',
            title: t('audit.trail.action'),
            width: 250,
            render: (_, e) => (
              <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
                {e.action}
              </Typography.Text>
            ),
          },
          {
            key: 'target',
            title: t('audit.trail.target'),
            ellipsis: { showTitle: true },
            render: (_, e) => (e.targetType === null ? '—' : `${e.targetType} ${e.targetId ?? ''}`),
          },
          { key: 'org', title: t('audit.trail.org'), dataIndex: 'actorOrgId', width: 150, ellipsis: true },
        ]}
      />
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginTop: 12 }}>
        <Typography.Text type="secondary">{t('audit.trail.loaded', { n: rows.length })}</Typography.Text>
        {events.hasNextPage ? (
          <Button
            loading={events.isFetchingNextPage}
            onClick={() => {
              void events.fetchNextPage();
            }}
          >
            {t('common.loadMore')}
          </Button>
        ) : (
          events.isSuccess && <Typography.Text type="secondary">{t('audit.trail.allLoaded')}</Typography.Text>
        )}
      </div>
    </div>
  );
}
