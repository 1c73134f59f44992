import { Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ORG_ADMINS } from '../../app/access.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { isOneOf, ORG_KINDS } from './enums.ts';
import { nameOf, useAll } from './lists.ts';
import { CreateButton, FilterBar, FilterSelect, ListTable, rowActionsColumn, SearchBox } from './ListView.tsx';
import { useDeleteRecord } from './deletion.ts';
import { OrganizationForm } from './OrganizationForm.tsx';
import { useFilters, usePagedList } from './paging.ts';
import type { FormTarget, ListFilters, Organization } from './types.ts';

const PATH = '/api/v1/organizations';

/** Organizations (使用单位, 建设单位, 公安机关…); only an administrator creates or changes them. */
export function OrganizationsTab() {
  const { t } = useI18n();
  const user = useUser();
  const canWrite = ORG_ADMINS.includes(user.role);
  const [filters, setFilter] = useFilters<ListFilters<typeof PATH>>({});
  const list = usePagedList(PATH, filters);
  const jurisdictions = useAll('/api/v1/jurisdictions');
  const del = useDeleteRecord(PATH);
  const [target, setTarget] = useState<FormTarget<Organization> | null>(null);

  const columns: TableColumnsType<Organization> = [
    { title: t('common.name'), dataIndex: 'name', fixed: 'left' },
    {
      title: t('registry.field.kind'),
      dataIndex: 'kind',
      render: (v: string) => (isOneOf(ORG_KINDS, v) ? t(`registry.kind.${v}`) : v),
    },
    { title: t('registry.field.industry'), dataIndex: 'industry' },
    {
      title: t('registry.field.jurisdiction'),
      dataIndex: 'jurisdictionId',
      render: (v: string | null) => nameOf(jurisdictions.data, v),
    },
    {
      title: t('registry.field.isGovernment'),
      dataIndex: 'isGovernment',
      render: (v: boolean) => (v ? <Tag color="blue">{t('common.yes')}</Tag> : t('common.no')),
    },
    { title: t('registry.field.creditCode'), dataIndex: 'creditCode' },
    {
      title: t('registry.field.contact'),
      key: 'contact',
      render: (_: unknown, r) => [r.contactName, r.contactPhone].filter((x) => x !== null).join(' '),
    },
    { title: t('registry.field.address'), dataIndex: 'address', ellipsis: true, width: 220 },
  ];
  if (canWrite) columns.push(rowActionsColumn(t('common.actions'), setTarget, del.remove));

  return (
    <>
      <FilterBar
        action={
          canWrite && (
            <CreateButton
              label={t('registry.organization.create')}
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
          label={t('registry.field.kind')}
          options={ORG_KINDS.map((k) => ({ value: k, label: t(`registry.kind.${k}`) }))}
          onChange={(v) => {
            setFilter('kind', v);
          }}
        />
        <FilterSelect
          label={t('registry.field.jurisdiction')}
          options={(jurisdictions.data ?? []).map((j) => ({ value: j.id, label: j.name }))}
          onChange={(v) => {
            setFilter('jurisdictionId', v);
          }}
        />
      </FilterBar>
      <ListTable list={list} columns={columns} label={t('registry.tab.organizations')} deletion={del} />
      {target !== null && (
        <OrganizationForm
          target={target}
          onClose={() => {
            setTarget(null);
          }}
        />
      )}
    </>
  );
}
