import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { ORG_ADMINS } from '../../app/access.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { isOneOf, JURISDICTION_LEVELS } from './enums.ts';
import { JurisdictionForm, profileLabel } from './JurisdictionForm.tsx';
import { nameOf, useAll, useProfiles } from './lists.ts';
import { CreateButton, FilterBar, FilterSelect, ListTable, rowActionsColumn, SearchBox } from './ListView.tsx';
import { useDeleteRecord } from './deletion.ts';
import { useFilters, usePagedList } from './paging.ts';
import type { FormTarget, Jurisdiction, ListFilters } from './types.ts';

const PATH = '/api/v1/jurisdictions';

/** Jurisdictions (行政区域 with their regulation profile); only an administrator changes them. */
export function JurisdictionsTab() {
  const { t, pick } = useI18n();
  const user = useUser();
  const canWrite = ORG_ADMINS.includes(user.role);
  const [filters, setFilter] = useFilters<ListFilters<typeof PATH>>({});
  const list = usePagedList(PATH, filters);
  const all = useAll(PATH);
  const profiles = useProfiles();
  const del = useDeleteRecord(PATH);
  const [target, setTarget] = useState<FormTarget<Jurisdiction> | null>(null);

  const columns: TableColumnsType<Jurisdiction> = [
    { title: t('common.name'), dataIndex: 'name', fixed: 'left' },
    {
      title: t('registry.field.level'),
      dataIndex: 'level',
      render: (v: string) => (isOneOf(JURISDICTION_LEVELS, v) ? t(`registry.level.${v}`) : v),
    },
    { title: t('registry.field.parent'), dataIndex: 'parentId', render: (v: string | null) => nameOf(all.data, v) },
    { title: t('registry.field.code'), dataIndex: 'code' },
    {
      title: t('registry.field.profile'),
      dataIndex: 'profileId',
      render: (v: string | null) => {
        const p = profiles.data?.find((x) => x.id === v);
        return p === undefined ? v : profileLabel(p, pick);
      },
    },
  ];
  if (canWrite) columns.push(rowActionsColumn(t('common.actions'), setTarget, del.remove));

  return (
    <>
      <FilterBar
        action={
          canWrite && (
            <CreateButton
              label={t('registry.jurisdiction.create')}
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
          label={t('registry.field.level')}
          options={JURISDICTION_LEVELS.map((l) => ({ value: l, label: t(`registry.level.${l}`) }))}
          onChange={(v) => {
            setFilter('level', v);
          }}
        />
        <FilterSelect
          label={t('registry.field.parent')}
          options={(all.data ?? []).map((j) => ({ value: j.id, label: j.name }))}
          onChange={(v) => {
            setFilter('parentId', v);
          }}
        />
      </FilterBar>
      <ListTable list={list} columns={columns} label={t('registry.tab.jurisdictions')} deletion={del} />
      {target !== null && (
        <JurisdictionForm
          target={target}
          onClose={() => {
            setTarget(null);
          }}
        />
      )}
    </>
  );
}
