import { Button, Checkbox, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useUser } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { when } from '../../components/format/when.ts';
import { useCameraOptions } from '../../components/cameras/useCameraOptions.ts';
import { isOneOf } from '../registry/enums.ts';
import { nameOf, useAll } from '../registry/lists.ts';
import { CreateButton, FilterBar } from '../registry/ListView.tsx';
import { ExtendHoldForm } from './ExtendHoldForm.tsx';
import { HoldForm } from './HoldForm.tsx';
import { HOLD_KIND_COLOR, holdState, kindsFor, mayRelease, useHolds, type Hold, type HoldState } from './holds.ts';
import { ReleaseHoldForm } from './ReleaseHoldForm.tsx';
import { ROLES } from '../users/roles.ts';

type Dialog = { kind: 'create' } | { kind: 'extend'; hold: Hold } | { kind: 'release'; hold: Hold };

const STATE_COLOR: Record<HoldState, string> = { active: 'green', released: 'default', expired: 'default' };

/**
 * 信息保全: footage pinned past its retention floor — camera, range, why and the reference, until
 * when, who placed it, its state; placing, extending and releasing as the role may.
 */
export function HoldsPage() {
  const { t } = useI18n();
  const user = useUser();
  const [cameraId, setCameraId] = useState<string | undefined>(undefined);
  const [includeReleased, setIncludeReleased] = useState(false);
  const holds = useHolds({
    ...(cameraId === undefined ? {} : { cameraId }),
    ...(includeReleased ? { includeReleased: 'true' as const } : {}),
  });
  const cameras = useCameraOptions();
  const orgs = useAll('/api/v1/organizations');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const placeable = kindsFor(user.role);

  const columns: TableColumnsType<Hold> = [
    {
      key: 'camera',
      title: t('holds.field.camera'),
      width: 160,
      ellipsis: true,
      fixed: 'left',
      render: (_, h) => cameras.names.get(h.cameraId) ?? h.cameraId,
    },
    {
      key: 'range',
      title: t('holds.field.range'),
      width: 170,
      render: (_, h) => (
        <>
          <div>{when(h.from)}</div>
          <div>{when(h.to)}</div>
        </>
      ),
    },
    {
      key: 'kind',
      title: t('holds.field.kind'),
      width: 110,
      render: (_, h) => <Tag color={HOLD_KIND_COLOR[h.kind]}>{t(`holds.kind.${h.kind}`)}</Tag>,
    },
    { key: 'reference', title: t('holds.field.reference'), dataIndex: 'reference', width: 150, ellipsis: true },
    {
      key: 'reason',
      title: t('holds.field.reason'),
      width: 200,
      render: (_, h) => (
        <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: h.reason }}>
          {h.reason}
        </Typography.Paragraph>
      ),
    },
    { key: 'until', title: t('holds.field.until'), width: 160, render: (_, h) => when(h.until) },
    {
      key: 'placedBy',
      title: t('holds.field.placedBy'),
      width: 170,
      render: (_, h) => (
        <>
          <div>
            {h.placedByRole !== null && isOneOf(ROLES, h.placedByRole)
              ? t(`role.${h.placedByRole}`)
              : t('holds.unknownPlacer')}
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {nameOf(orgs.data, h.placedByOrgId)} {when(h.createdAt)}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'state',
      title: t('common.status'),
      width: 110,
      render: (_, h) => {
        const state = holdState(h);
        return (
          <span data-testid="hold-state" data-state={state}>
            <Tooltip
              title={
                state === 'released'
                  ? t('holds.releasedWhy', { at: when(h.releasedAt), reason: h.releaseReason ?? t('common.none') })
                  : undefined
              }
            >
              <Tag color={STATE_COLOR[state]}>{t(`holds.state.${state}`)}</Tag>
            </Tooltip>
          </span>
        );
      },
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 130,
      render: (_, h) =>
        holdState(h) === 'active' && (
          <Space size={0}>
            {placeable.includes(h.kind) && (
              <Button
                type="link"
                size="small"
                data-testid="hold-extend"
                onClick={() => {
                  setDialog({ kind: 'extend', hold: h });
                }}
              >
                {t('holds.extend')}
              </Button>
            )}
            {mayRelease(user.role, h) && (
              <Button
                type="link"
                size="small"
                danger
                data-testid="hold-release"
                onClick={() => {
                  setDialog({ kind: 'release', hold: h });
                }}
              >
                {t('holds.release')}
              </Button>
            )}
          </Space>
        ),
    },
  ];

  return (
    <div data-testid="holds-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('holds.title')}
      </Typography.Title>
      <FilterBar
        action={
          placeable.length > 0 && (
            <CreateButton
              label={t('holds.create')}
              onClick={() => {
                setDialog({ kind: 'create' });
              }}
            />
          )
        }
      >
        <Select
          aria-label={t('holds.field.camera')}
          placeholder={t('holds.field.camera')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 220 }}
          loading={cameras.loading}
          options={cameras.groups}
          onChange={(v: string | undefined) => {
            setCameraId(v);
          }}
        />
        <Checkbox
          checked={includeReleased}
          data-testid="holds-include-released"
          onChange={(e) => {
            setIncludeReleased(e.target.checked);
          }}
        >
          {t('holds.includeReleased')}
        </Checkbox>
      </FilterBar>
      {holds.error !== null && (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={holds.error} />
        </div>
      )}
      <Table<Hold>
        aria-label={t('holds.title')}
        data-testid="holds-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={holds.data ?? []}
        loading={holds.isPending}
        locale={{ emptyText: t('holds.empty') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
      />
      {dialog?.kind === 'create' && (
        <HoldForm
          onClose={() => {
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'extend' && (
        <ExtendHoldForm
          hold={dialog.hold}
          onClose={() => {
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'release' && (
        <ReleaseHoldForm
          hold={dialog.hold}
          onClose={() => {
            setDialog(null);
          }}
        />
      )}
    </div>
  );
}
