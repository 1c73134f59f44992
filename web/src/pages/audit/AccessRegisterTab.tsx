import { DownloadOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Form, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n, type I18n } from '../../i18n/i18n.tsx';
import { downloadCsv, toCsv } from './csv.ts';
import { useCameras } from './useCameras.ts';

type Endpoint = paths['/api/v1/access-register']['get'];
type Access = Endpoint['responses'][200]['content']['application/json']['items'][number];

/** Rows per request; the server allows up to 500. */
const PAGE_SIZE = 100;
const ACTION_COLORS: Record<Access['action'], string> = {
  view_live: 'blue',
  playback: 'cyan',
  snapshot: 'purple',
  export: 'orange',
};

const when = (iso: string | null): string => (iso === null ? '' : dayjs(iso).format('YYYY-MM-DD HH:mm:ss'));

/** The footage an access covers: the requested range, or for a live view the time it was open. */
function rangeOf(a: Access): { from: string | null; to: string | null; live: boolean } {
  return a.action === 'view_live'
    ? { from: a.startedAt, to: a.endedAt, live: true }
    : { from: a.from, to: a.to, live: false };
}

/** Everyone named on a row: the accessors when several took part, else the user. */
const peopleOf = (a: Access, t: I18n['t']): string =>
  (a.accessorNames ?? [a.actor.displayName]).join(t('audit.register.separator'));

/** The loaded rows as a CSV table, every column the register keeps. */
function registerCsv(rows: readonly Access[], nameOf: (id: string) => string, t: I18n['t']): string {
  const header = [
    t('common.time'),
    t('audit.register.user'),
    t('audit.register.userOrg'),
    t('audit.register.camera'),
    t('audit.register.action'),
    `${t('audit.register.range')} ${t('common.from')}`,
    `${t('audit.register.range')} ${t('common.to')}`,
    t('audit.register.purpose'),
    t('audit.register.destination'),
    t('audit.register.requestingUnit'),
    t('audit.register.caseNo'),
    t('audit.register.recordedBy'),
  ];
  const body = rows.map((a) => {
    const r = rangeOf(a);
    return [
      when(a.time),
      peopleOf(a, t),
      a.actor.orgName,
      nameOf(a.cameraId),
      t(`audit.register.action.${a.action}`),
      when(r.from),
      r.live && r.to === null ? t('audit.register.ongoing') : when(r.to),
      a.purpose ?? '',
      a.destination ?? '',
      a.requestingUnit ?? '',
      a.caseNo ?? '',
      a.recordedBy ?? '',
    ];
  });
  return toCsv([header, ...body]);
}

/** 查阅/复制/调取登记: who watched, played back, took snapshots of or exported which footage, why and where it went. */
export function AccessRegisterTab() {
  const { t } = useI18n();
  const [cameraId, setCameraId] = useState<string | undefined>(undefined);
  const cameras = useCameras();
  const names = useMemo(() => new Map((cameras.data ?? []).map((c) => [c.id, c.name])), [cameras.data]);
  const nameOf = (id: string): string => names.get(id) ?? id;
  const register = useInfiniteQuery({
    queryKey: ['audit', 'access-register', cameraId ?? null],
    queryFn: ({ pageParam }) => {
      const query: NonNullable<Endpoint['parameters']['query']> = { limit: PAGE_SIZE };
      if (cameraId !== undefined) query.cameraId = cameraId;
      if (pageParam !== undefined) query.before = pageParam;
      return unwrap(api.GET('/api/v1/access-register', { params: { query } }));
    },
    initialPageParam: undefined as string | undefined,
    // The register pages by id (time-ordered): a full page may have more behind it.
    getNextPageParam: (last) => (last.items.length < PAGE_SIZE ? undefined : last.items[last.items.length - 1]?.id),
  });
  const rows = register.data?.pages.flatMap((p) => p.items) ?? [];
  const has = (f: (a: Access) => string | null) => rows.some((a) => f(a) !== null);

  const columns: ColumnsType<Access> = [
    {
      key: 'user',
      title: t('audit.register.user'),
      width: 150,
      render: (_, a) => (
        <div>
          <div>{peopleOf(a, t)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {a.actor.orgName}
          </Typography.Text>
        </div>
      ),
    },
    { key: 'time', title: t('common.time'), width: 160, render: (_, a) => when(a.time) },
    {
      key: 'camera',
      title: t('audit.register.camera'),
      width: 150,
      ellipsis: true,
      render: (_, a) => nameOf(a.cameraId),
    },
    {
      key: 'action',
      title: t('audit.register.action'),
      width: 100,
      render: (_, a) => <Tag color={ACTION_COLORS[a.action]}>{t(`audit.register.action.${a.action}`)}</Tag>,
    },
    {
      key: 'range',
      title: t('audit.register.range'),
      width: 180,
      render: (_, a) => {
        const r = rangeOf(a);
        if (r.from === null) return '—';
        return (
          <div style={{ fontSize: 12 }}>
            {r.live && <Typography.Text type="secondary">{t('audit.register.live')} </Typography.Text>}
            <div>{when(r.from)}</div>
            <div>{r.to === null ? t('audit.register.ongoing') : when(r.to)}</div>
          </div>
        );
      },
    },
    { key: 'purpose', title: t('audit.register.purpose'), ellipsis: true, render: (_, a) => a.purpose ?? '—' },
    {
      key: 'destination',
      title: t('audit.register.destination'),
      ellipsis: true,
      render: (_, a) => a.destination ?? '—',
    },
  ];
  // Who asked and who recorded appear only when some row says: most registers are the unit's own staff.
  if (has((a) => a.requestingUnit)) {
    columns.push({
      key: 'requestingUnit',
      title: t('audit.register.requestingUnit'),
      ellipsis: true,
      render: (_, a) => [a.requestingUnit, a.caseNo].filter((x) => x !== null).join(' / ') || '—',
    });
  }
  if (has((a) => a.recordedBy)) {
    columns.push({
      key: 'recordedBy',
      title: t('audit.register.recordedBy'),
      width: 110,
      render: (_, a) => a.recordedBy ?? '—',
    });
  }

  return (
    <div data-testid="access-register">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', marginBottom: 12 }}>
        <Form<{ cameraId?: string }>
          layout="inline"
          name="access-register-filter"
          onValuesChange={(_, v) => {
            setCameraId(v.cameraId);
          }}
        >
          <Form.Item label={t('audit.register.camera')} name="cameraId">
            <Select<string>
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('common.all')}
              style={{ width: 240 }}
              loading={cameras.isPending}
              options={(cameras.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
        </Form>
        <Button
          icon={<DownloadOutlined />}
          disabled={rows.length === 0}
          data-testid="access-register-csv"
          onClick={() => {
            downloadCsv(
              `${t('audit.register.fileName')}-${dayjs().format('YYYYMMDD-HHmmss')}.csv`,
              registerCsv(rows, nameOf, t),
            );
          }}
        >
          {t('common.exportCsv')}
        </Button>
      </div>
      {(register.error ?? cameras.error) !== null && (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={register.error ?? cameras.error} />
        </div>
      )}
      <Table<Access>
        size="small"
        rowKey="id"
        loading={register.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1100 }}
        locale={{ emptyText: t('audit.register.empty') }}
        columns={columns}
      />
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginTop: 12 }}>
        <Typography.Text type="secondary">{t('audit.trail.loaded', { n: rows.length })}</Typography.Text>
        {register.hasNextPage ? (
          <Button
            loading={register.isFetchingNextPage}
            onClick={() => {
              void register.fetchNextPage();
            }}
          >
            {t('common.loadMore')}
          </Button>
        ) : (
          register.isSuccess && <Typography.Text type="secondary">{t('audit.trail.allLoaded')}</Typography.Text>
        )}
      </div>
    </div>
  );
}
