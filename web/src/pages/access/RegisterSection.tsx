import { PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useUser } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { isOneOf } from '../registry/enums.ts';
import { REGISTER_ACTIONS, REGISTER_FIELDS } from './enums.ts';
import { mayPrintRegister } from './permissions.ts';
import { useRegisterSheet } from './requests.ts';
import { when } from '../../components/format/when.ts';
import type { AccessRequest, RegisterRow, RegisterSheet } from './types.ts';

const ACTION_COLORS: Record<(typeof REGISTER_ACTIONS)[number], string> = {
  view_live: 'blue',
  playback: 'cyan',
  snapshot: 'purple',
  export: 'orange',
};

/**
 * 查阅、复制、调取登记: every view and copy made under the request, one column per field the
 * jurisdiction's texts name (人员、时间、用途、去向、录制人员、单位、内容) with the articles naming it,
 * and the printed register form.
 */
export function RegisterSection({ request: r, active }: { request: AccessRequest; active: boolean }) {
  const { t } = useI18n();
  const sheet = useRegisterSheet(r.id, active);
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="access-register">
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography.Text type="secondary" style={{ flex: '1 1 300px' }}>
          {t('access.register.intro')}
        </Typography.Text>
        <Button
          icon={<ReloadOutlined />}
          loading={sheet.isFetching}
          onClick={() => {
            void sheet.refetch();
          }}
        >
          {t('common.refresh')}
        </Button>
        <PrintLinks request={r} />
      </div>
      {sheet.error !== null && <ErrorAlert error={sheet.error} />}
      <RegisterTable sheet={sheet.data} loading={sheet.isPending} />
    </Space>
  );
}

function RegisterTable({ sheet, loading }: { sheet: RegisterSheet | undefined; loading: boolean }) {
  const { t, pick } = useI18n();
  const fieldColumns: TableColumnsType<RegisterRow> = (sheet?.fields ?? []).map((f) => ({
    key: f.field,
    width: f.field === 'content' ? 280 : 160,
    title: (
      <Tooltip title={f.articles.join(t('access.list.sep'))}>
        <span data-testid="access-register-field" data-field={f.field}>
          {pick(f.labelZh, isOneOf(REGISTER_FIELDS, f.field) ? t(`access.registerField.${f.field}`) : f.labelZh)}
        </span>
        <div style={{ fontSize: 11, fontWeight: 'normal', color: '#8c8c8c' }}>
          {f.articles.join(t('access.list.sep'))}
        </div>
      </Tooltip>
    ),
    render: (_: unknown, row: RegisterRow) => <span data-field={f.field}>{row.values[f.field] ?? ''}</span>,
  }));
  const columns: TableColumnsType<RegisterRow> = [
    {
      key: 'action',
      title: t('access.register.action'),
      width: 110,
      fixed: 'left',
      render: (_, row) =>
        isOneOf(REGISTER_ACTIONS, row.action) ? (
          <Tag color={ACTION_COLORS[row.action]} data-action={row.action}>
            {t(`access.register.action.${row.action}`)}
          </Tag>
        ) : (
          <Tag data-action={row.action}>{row.action}</Tag>
        ),
    },
    // The time of each row, unless a text in force names it as a field of its own (at).
    ...(sheet?.fields.some((f) => f.field === 'at') === true
      ? []
      : [
          {
            key: 'time',
            title: t('common.time'),
            width: 160,
            render: (_: unknown, row: RegisterRow) => when(row.time),
          },
        ]),
    ...fieldColumns,
    { key: 'caseNo', title: t('access.field.caseNo'), width: 160, render: (_, row) => row.caseNo ?? '—' },
  ];
  return (
    <Table<RegisterRow>
      data-testid="access-register-table"
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={sheet?.rows ?? []}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('access.register.empty') }}
    />
  );
}

/**
 * The printed register form (查阅、复制、调取信息资料登记表). The form route prints a camera's register
 * over a period; each granted camera gets its own, over the grant's period, and shows every access
 * to that camera in it, not only this request's.
 */
function PrintLinks({ request: r }: { request: AccessRequest }) {
  const { t } = useI18n();
  const user = useUser();
  if (!mayPrintRegister(user.role)) return null;
  const from = r.validFrom ?? r.createdAt;
  const ended = r.validUntil !== null && Date.parse(r.validUntil) < Date.now();
  const cameras = [...new Map(r.items.map((i) => [i.cameraId, i.cameraName])).entries()];
  return (
    <Space wrap>
      {cameras.map(([cameraId, name]) => {
        const q = new URLSearchParams({ cameraId, from });
        if (ended && r.validUntil !== null) q.set('to', r.validUntil);
        return (
          <Tooltip key={cameraId} title={t('access.register.printHint')}>
            <Button
              icon={<PrinterOutlined />}
              href={`/api/v1/access-register/form.pdf?${q.toString()}`}
              target="_blank"
              rel="noopener"
              data-testid="access-register-pdf"
            >
              {t('access.register.print', { camera: name })}
            </Button>
          </Tooltip>
        );
      })}
    </Space>
  );
}
