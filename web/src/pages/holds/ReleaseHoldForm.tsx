import { Form, Input, Typography } from 'antd';
import { ApiError, api, unwrap } from '../../api/client.ts';
import type { Role } from '../../app/access.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Language } from '../../i18n/messages.ts';
import { isOneOf } from '../registry/enums.ts';
import { FormModal } from '../registry/FormModal.tsx';
import { textRules } from '../registry/rules.ts';
import { explainRefusal, inLanguage } from '../supervision/refusals.ts';
import { ROLES } from '../users/roles.ts';
import { HOLDS_KEY, type Hold } from './holds.ts';

/** The roles that may release, in a language, without the administrator (who may release any). */
function approversIn(language: Language, approvers: unknown): string {
  const roles = Array.isArray(approvers)
    ? approvers.filter((r): r is Role => typeof r === 'string' && isOneOf(ROLES, r))
    : [];
  return roles
    .filter((r) => r !== 'admin')
    .map((r) => inLanguage(language, `role.${r}`))
    .join(inLanguage(language, 'holds.or'));
}

/**
 * Releases a hold once its purpose is served (国家 第十七条), with the reason. Offered only to the
 * roles the hold names; a refusal the server gives anyway (PSVIS_ERR_HOLD_RELEASE_ROLE) says who may.
 */
export function ReleaseHoldForm({ hold, onClose }: { hold: Hold; onClose: () => void }) {
  const { t } = useI18n();
  const submit = async (v: { reason: string }) => {
    try {
      return await unwrap(
        api.POST('/api/v1/holds/{id}/release', {
          params: { path: { id: hold.id } },
          body: { reason: v.reason.trim() },
        }),
      );
    } catch (err) {
      throw explainRefusal(err, 'PSVIS_ERR_HOLD_RELEASE_ROLE', (l) =>
        inLanguage(l, 'holds.refused.releaseRole', {
          roles: approversIn(l, err instanceof ApiError ? err.details['approvers'] : null),
        }),
      );
    }
  };
  return (
    <FormModal<{ reason: string }>
      name="hold-release"
      title={t('holds.release.title', { reference: hold.reference })}
      initialValues={{}}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[HOLDS_KEY]]}
      submitText={t('holds.release')}
    >
      <Typography.Paragraph type="secondary">{t('holds.release.help')}</Typography.Paragraph>
      {/* The server takes a release without a reason; the console asks for one, since the register
          should say why footage held for a case or by order may now be deleted. */}
      <Form.Item label={t('holds.field.releaseReason')} name="reason" rules={textRules(2000, true)}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
