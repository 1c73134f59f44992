import { Form, Input, Select } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.ts';
import type { Role } from '../../app/access.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { useAll } from '../registry/lists.ts';
import { selectRules, textRules } from '../registry/rules.ts';
import { ROLES } from './roles.ts';

type CreateUserBody = paths['/api/v1/users']['post']['requestBody']['content']['application/json'];

// src/identity/passwords.ts: MIN_PASSWORD_LENGTH and the longest password argon2 is given.
const MIN_PASSWORD = 12;
const MAX_PASSWORD = 256;
// The username pattern of POST /api/v1/users (src/http/routes/auth.ts).
const USERNAME = /^[A-Za-z0-9_.@-]+$/;

interface Values {
  username: string;
  displayName?: string | undefined;
  orgId: string;
  role: Role;
  password: string;
  passwordAgain: string;
}

/** The query key of the user list. */
export const USERS_KEY = ['users'] as const;

/** Create a user in an organization with one role and an initial password (administrators only). */
export function UserForm({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const orgs = useAll('/api/v1/organizations');

  const submit = (v: Values) => {
    const displayName = v.displayName?.trim() ?? '';
    const body: CreateUserBody = {
      username: v.username.trim(),
      ...(displayName === '' ? {} : { displayName }),
      orgId: v.orgId,
      role: v.role,
      password: v.password,
    };
    return unwrap(api.POST('/api/v1/users', { body }));
  };

  return (
    <FormModal<Values>
      name="user"
      title={t('users.create')}
      initialValues={{}}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[USERS_KEY]}
    >
      <Form.Item
        label={t('users.username')}
        name="username"
        extra={t('users.help.username')}
        rules={[
          ...textRules(64, true),
          {
            pattern: USERNAME,
            transform: (v: unknown) => (typeof v === 'string' ? v.trim() : v),
            message: t('users.rule.username'),
          },
        ]}
      >
        <Input maxLength={64} autoComplete="off" />
      </Form.Item>
      <Form.Item label={t('users.displayName')} name="displayName" rules={textRules(100)}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label={t('users.organization')} name="orgId" rules={selectRules(t, t('users.organization'))}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={orgs.isPending}
          options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
      </Form.Item>
      <Form.Item
        label={t('users.role')}
        name="role"
        rules={selectRules(t, t('users.role'))}
        extra={t('users.help.role')}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        />
      </Form.Item>
      <Form.Item
        label={t('users.password')}
        name="password"
        extra={t('users.help.password', { min: MIN_PASSWORD, max: MAX_PASSWORD })}
        rules={[
          { required: true },
          {
            min: MIN_PASSWORD,
            max: MAX_PASSWORD,
            message: t('users.rule.password', { min: MIN_PASSWORD, max: MAX_PASSWORD }),
          },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('users.passwordAgain')}
        name="passwordAgain"
        dependencies={['password']}
        rules={[
          { required: true },
          ({ getFieldValue }) => ({
            validator: (_rule, value: unknown) =>
              value === getFieldValue('password')
                ? Promise.resolve()
                : Promise.reject(new Error(t('users.rule.passwordAgain'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
