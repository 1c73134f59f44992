import { useQuery } from '@tanstack/react-query';
import { Flex, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.ts';
import type { Role } from '../../app/access.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { nameOf, useAll } from '../registry/lists.ts';
import { CreateButton, FilterBar, FilterSelect } from '../registry/ListView.tsx';
import { ROLE_COLOR, ROLES } from './roles.ts';
import { USERS_KEY, UserForm } from './UserForm.tsx';

type User = paths['/api/v1/users']['get']['responses'][200]['content']['application/json']['items'][number];

/** 用户管理 (administrators): every user with organization, role and state; create a user. */
export function UsersPage() {
  const { t } = useI18n();
  const users = useQuery({
    queryKey: USERS_KEY,
    queryFn: async () => (await unwrap(api.GET('/api/v1/users'))).items,
  });
  const orgs = useAll('/api/v1/organizations');
  const [text, setText] = useState('');
  const [role, setRole] = useState<Role | undefined>(undefined);
  const [orgId, setOrgId] = useState<string | undefined>(undefined);
  const [creating, setCreating] = useState(false);

  // The list is whole (GET /users has no paging); filtering happens here.
  const needle = text.trim().toLowerCase();
  const rows = (users.data ?? []).filter(
    (u) =>
      (needle === '' || u.username.toLowerCase().includes(needle) || u.displayName.toLowerCase().includes(needle)) &&
      (role === undefined || u.role === role) &&
      (orgId === undefined || u.orgId === orgId),
  );

  const columns: TableColumnsType<User> = [
    { title: t('users.username'), dataIndex: 'username', fixed: 'left' },
    { title: t('users.displayName'), dataIndex: 'displayName' },
    { title: t('users.organization'), dataIndex: 'orgId', render: (v: string) => nameOf(orgs.data, v) },
    {
      title: t('users.role'),
      dataIndex: 'role',
      render: (v: Role) => <Tag color={ROLE_COLOR[v]}>{t(`role.${v}`)}</Tag>,
    },
    {
      title: t('common.status'),
      dataIndex: 'disabled',
      render: (v: boolean) => (
        <Tag color={v ? 'default' : 'green'}>{t(v ? 'users.state.disabled' : 'users.state.active')}</Tag>
      ),
    },
  ];

  return (
    <div data-testid="users-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('users.title')}
      </Typography.Title>
      <FilterBar
        action={
          <CreateButton
            label={t('users.create')}
            onClick={() => {
              setCreating(true);
            }}
          />
        }
      >
        <Input.Search
          aria-label={t('users.search')}
          placeholder={t('users.search')}
          allowClear
          style={{ width: 240 }}
          onChange={(e) => {
            setText(e.target.value);
          }}
        />
        <FilterSelect
          label={t('users.organization')}
          width={220}
          options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          onChange={setOrgId}
        />
        <FilterSelect<Role>
          label={t('users.role')}
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          onChange={setRole}
        />
      </FilterBar>
      {users.error !== null && (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={users.error} />
        </div>
      )}
      <Table<User>
        aria-label={t('users.title')}
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={users.isPending}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
      />
      <Flex style={{ marginTop: 12 }}>
        <Typography.Text type="secondary">{t('users.count', { count: rows.length })}</Typography.Text>
      </Flex>
      {creating && (
        <UserForm
          onClose={() => {
            setCreating(false);
          }}
        />
      )}
    </div>
  );
}
