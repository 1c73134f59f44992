import { Form, Input } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { textRules } from '../registry/rules.ts';
import { ACCESS_KEY } from './requests.ts';
import { MAX_LENGTH } from './rules.ts';
import type { AccessRequest } from './types.ts';

/** Decisions given with reasons: refusing a pending request, revoking a grant (its sittings end with it). */
export type ReasonAction = 'refuse' | 'revoke';

/** 不予批准 / 撤销授权, with the reasons the register and the audit log keep. */
export function ReasonForm({
  request: r,
  action,
  onClose,
}: {
  request: AccessRequest;
  action: ReasonAction;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const submit = (v: { reason: string }) => {
    const params = { path: { id: r.id } };
    const body = { reason: v.reason.trim() };
    return unwrap(
      action === 'refuse'
        ? api.POST('/api/v1/access-requests/{id}/refuse', { params, body })
        : api.POST('/api/v1/access-requests/{id}/revoke', { params, body }),
    );
  };
  return (
    <FormModal<{ reason: string }>
      name={action}
      title={t(action === 'refuse' ? 'access.refuse.title' : 'access.revoke.title')}
      initialValues={{}}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[ACCESS_KEY]]}
      submitText={t(
        action === 'revoke'
          ? 'access.action.revoke'
          : r.type === 'citizen'
            ? 'access.action.refuseCitizen'
            : 'access.action.refuse',
      )}
    >
      <Form.Item name="reason" label={t('access.decision.reason')} rules={textRules(MAX_LENGTH.reason, true)}>
        <Input.TextArea rows={3} maxLength={MAX_LENGTH.reason} />
      </Form.Item>
    </FormModal>
  );
}
