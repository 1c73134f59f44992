import { Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { REGISTRY_WRITERS } from '../../app/access.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { nameOf, placeCategoryOf, useAll, useCategories } from './lists.ts';
import { CreateButton, FilterBar, FilterSelect, ListTable, rowActionsColumn, SearchBox } from './ListView.tsx';
import { useDeleteRecord } from './deletion.ts';
import { useFilters, usePagedList } from './paging.ts';
import { SiteForm } from './SiteForm.tsx';
import type { FormTarget, ListFilters, Site } from './types.ts';

const PATH = '/api/v1/sites';

/** Sites (场所) of the units, with their place category; unit managers change their own. */
export function SitesTab() {
  const { t, pick } = useI18n();
  const user = useUser();
  const canWrite = REGISTRY_WRITERS.includes(user.role);
  const [filters, setFilter] = useFilters<ListFilters<typeof PATH>>({});
  const list = usePagedList(PATH, filters);
  const orgs = useAll('/api/v1/organizations');
  const categories = useCategories();
  const del = useDeleteRecord(PATH);
  const [target, setTarget] = useState<FormTarget<Site> | null>(null);

  const columns: TableColumnsType<Site> = [
    { title: t('common.name'), dataIndex: 'name', fixed: 'left' },
    { title: t('registry.field.organization'), dataIndex: 'orgId', render: (v: string) => nameOf(orgs.data, v) },
    {
      title: t('registry.field.placeCategory'),
      dataIndex: 'placeCategory',
      render: (v: string) => {
        const c = placeCategoryOf(categories.data?.places, v);
        return c === undefined ? v : pick(c.nameZh, c.nameEn);
      },
    },
    {
      title: t('registry.field.isPublic'),
      dataIndex: 'isPublic',
      render: (v: boolean) => (
        <Tag color={v ? 'blue' : 'default'}>{t(v ? 'registry.public.true' : 'registry.public.false')}</Tag>
      ),
    },
    { title: t('registry.field.address'), dataIndex: 'address', ellipsis: true, width: 240 },
  ];
  if (canWrite) columns.push(rowActionsColumn(t('common.actions'), setTarget, del.remove));

  return (
    <>
      <FilterBar
        action={
          canWrite && (
            <CreateButton
              label={t('registry.site.create')}
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
          label={t('registry.field.placeCategory')}
          width={220}
          options={(categories.data?.places ?? []).map((c) => ({ value: c.code, label: pick(c.nameZh, c.nameEn) }))}
          onChange={(v) => {
            setFilter('placeCategory', v);
          }}
        />
      </FilterBar>
      <ListTable list={list} columns={columns} label={t('registry.tab.sites')} deletion={del} />
      {target !== null && (
        <SiteForm
          target={target}
          onClose={() => {
            setTarget(null);
          }}
        />
      )}
    </>
  );
}
