import { Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { REGISTRY_WRITERS } from '../../app/access.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { CameraForm } from './CameraForm.tsx';
import { locationCategoryOf, nameOf, useAll, useCategories } from './lists.ts';
import { CreateButton, FilterBar, FilterSelect, ListTable, rowActionsColumn, SearchBox } from './ListView.tsx';
import { useDeleteRecord } from './deletion.ts';
import { useFilters, usePagedList } from './paging.ts';
import type { Camera, FormTarget, ListFilters } from './types.ts';

const PATH = '/api/v1/cameras';

/** Cameras (点位): where each is, its device ID and stream, its retention; unit managers change their own. */
export function CamerasTab() {
  const { t, pick } = useI18n();
  const user = useUser();
  const canWrite = REGISTRY_WRITERS.includes(user.role);
  const [filters, setFilter] = useFilters<ListFilters<typeof PATH>>({});
  const list = usePagedList(PATH, filters);
  const orgs = useAll('/api/v1/organizations');
  const sites = useAll('/api/v1/sites');
  const systems = useAll('/api/v1/systems');
  const categories = useCategories();
  const del = useDeleteRecord(PATH);
  const [target, setTarget] = useState<FormTarget<Camera> | null>(null);

  const columns: TableColumnsType<Camera> = [
    { title: t('common.name'), dataIndex: 'name', fixed: 'left' },
    { title: t('registry.field.deviceId'), dataIndex: 'deviceId' },
    { title: t('registry.field.organization'), dataIndex: 'orgId', render: (v: string) => nameOf(orgs.data, v) },
    { title: t('registry.field.site'), dataIndex: 'siteId', render: (v: string) => nameOf(sites.data, v) },
    { title: t('registry.field.system'), dataIndex: 'systemId', render: (v: string) => nameOf(systems.data, v) },
    {
      title: t('registry.field.locationCategory'),
      dataIndex: 'locationCategory',
      render: (v: string) => {
        const c = locationCategoryOf(categories.data?.locations, v);
        return c === undefined ? v : pick(c.nameZh, c.nameEn);
      },
    },
    {
      title: t('registry.field.mainStreamUrl'),
      dataIndex: 'mainStreamUrl',
      width: 240,
      ellipsis: true,
      render: (v: string | null) => (v === null ? '' : <Typography.Text copyable>{v}</Typography.Text>),
    },
    {
      title: t('registry.field.retentionDays'),
      dataIndex: 'retentionDays',
      render: (v: number | null) => (v === null ? '' : t('registry.days', { days: v })),
    },
    {
      title: t('registry.field.important'),
      dataIndex: 'important',
      render: (v: boolean) => (v ? <Tag color="gold">{t('registry.field.important')}</Tag> : ''),
    },
    {
      title: t('common.status'),
      dataIndex: 'enabled',
      render: (v: boolean) => (
        <Tag color={v ? 'green' : 'default'}>{t(v ? 'registry.enabled.true' : 'registry.enabled.false')}</Tag>
      ),
    },
  ];
  if (canWrite) columns.push(rowActionsColumn(t('common.actions'), setTarget, del.remove));

  return (
    <>
      <FilterBar
        action={
          canWrite && (
            <CreateButton
              label={t('registry.camera.create')}
              onClick={() => {
                setTarget({ mode: 'create' });
              }}
            />
          )
        }
      >
        <SearchBox
          onSearch={(q) => {
            setFilter('q', q);
          }}
        />
        <FilterSelect
          label={t('registry.field.organization')}
          width={160}
          options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          onChange={(v) => {
            setFilter('orgId', v);
          }}
        />
        <FilterSelect
          label={t('registry.field.site')}
          width={160}
          options={(sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          onChange={(v) => {
            setFilter('siteId', v);
          }}
        />
        <FilterSelect
          label={t('registry.field.system')}
          width={160}
          options={(systems.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          onChange={(v) => {
            setFilter('systemId', v);
          }}
        />
        <FilterSelect
          label={t('registry.field.locationCategory')}
          width={160}
          options={(categories.data?.locations ?? []).map((c) => ({ value: c.code, label: pick(c.nameZh, c.nameEn) }))}
          onChange={(v) => {
            setFilter('locationCategory', v);
          }}
        />
        <FilterSelect<'true' | 'false'>
          label={t('common.status')}
          width={120}
          options={[
            { value: 'true', label: t('registry.enabled.true') },
            { value: 'false', label: t('registry.enabled.false') },
          ]}
          onChange={(v) => {
            setFilter('enabled', v);
          }}
        />
      </FilterBar>
      <ListTable list={list} columns={columns} label={t('registry.tab.cameras')} deletion={del} />
      {target !== null && (
        <CameraForm
          target={target}
          onClose={() => {
            setTarget(null);
          }}
        />
      )}
    </>
  );
}
