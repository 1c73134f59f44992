import { Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { REGISTRY_WRITERS } from '../../app/access.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { isOneOf, LIFECYCLE } from './enums.ts';
import { nameOf, useAll } from './lists.ts';
import { CreateButton, FilterBar, FilterSelect, ListTable, rowActionsColumn, SearchBox } from './ListView.tsx';
import { useDeleteRecord } from './deletion.ts';
import { useFilters, usePagedList } from './paging.ts';
import { SystemForm } from './SystemForm.tsx';
import type { FormTarget, Lifecycle, ListFilters, VideoSystem } from './types.ts';

const PATH = '/api/v1/systems';

const LIFECYCLE_COLOR: Record<Lifecycle, string> = {
  planned: 'default',
  built: 'cyan',
  accepted: 'blue',
  in_use: 'green',
  removed: 'red',
};

/** A date or date-time as its day. */
const day = (v: string | null) => (v === null ? '' : v.slice(0, 10));

/** Video systems (视频图像信息系统) of the units, with their lifecycle step and dates. */
export function SystemsTab() {
  const { t } = useI18n();
  const user = useUser();
  const canWrite = REGISTRY_WRITERS.includes(user.role);
  const [filters, setFilter] = useFilters<ListFilters<typeof PATH>>({});
  const list = usePagedList(PATH, filters);
  const orgs = useAll('/api/v1/organizations');
  const del = useDeleteRecord(PATH);
  const [target, setTarget] = useState<FormTarget<VideoSystem> | null>(null);

  const columns: TableColumnsType<VideoSystem> = [
    { title: t('common.name'), dataIndex: 'name', fixed: 'left' },
    { title: t('registry.field.organization'), dataIndex: 'orgId', render: (v: string) => nameOf(orgs.data, v) },
    {
      title: t('registry.field.lifecycle'),
      dataIndex: 'lifecycle',
      render: (v: string) =>
        isOneOf(LIFECYCLE, v) ? <Tag color={LIFECYCLE_COLOR[v]}>{t(`registry.lifecycle.${v}`)}</Tag> : v,
    },
    {
      title: t('registry.field.governmentBuilt'),
      dataIndex: 'governmentBuilt',
      render: (v: boolean) => t(v ? 'common.yes' : 'common.no'),
    },
    { title: t('registry.field.inUseAt'), dataIndex: 'inUseAt', render: day },
    { title: t('registry.field.changedAt'), dataIndex: 'changedAt', render: day },
    {
      title: t('registry.field.maintainerOrg'),
      dataIndex: 'maintainerOrgId',
      render: (v: string | null) => nameOf(orgs.data, v),
    },
    { title: t('registry.field.maintenanceAgreementRef'), dataIndex: 'maintenanceAgreementRef' },
  ];
  if (canWrite) columns.push(rowActionsColumn(t('common.actions'), setTarget, del.remove));

  return (
    <>
      <FilterBar
        action={
          canWrite && (
            <CreateButton
              label={t('registry.system.create')}
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
          options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          onChange={(v) => {
            setFilter('orgId', v);
          }}
        />
        <FilterSelect
          label={t('registry.field.lifecycle')}
          options={LIFECYCLE.map((l) => ({ value: l, label: t(`registry.lifecycle.${l}`) }))}
          onChange={(v) => {
            setFilter('lifecycle', v);
          }}
        />
      </FilterBar>
      <ListTable list={list} columns={columns} label={t('registry.tab.systems')} deletion={del} />
      {target !== null && (
        <SystemForm
          target={target}
          onClose={() => {
            setTarget(null);
          }}
        />
      )}
    </>
  );
}
