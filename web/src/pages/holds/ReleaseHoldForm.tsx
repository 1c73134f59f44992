import { Form, Input, Typography } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { textRules } from '../registry/rules.ts';
import { HOLDS_KEY, type Hold } from './holds.ts';

/**
 * Releases a hold once its purpose is served (国家 第十七条), with the reason. Offered only to the
 * roles the hold names; a refusal the server gives anyway (PSVIS_ERR_HOLD_RELEASE_ROLE) says who may.
 */
export function ReleaseHoldForm({ hold, onClose }: { hold: Hold; onClose: () => void }) {
  const { t } = useI18n();
  const submit = (v: { reason: string }) =>
    unwrap(
      api.POST('/api/v1/holds/{id}/release', {
        params: { path: { id: hold.id } },
        body: { reason: v.reason.trim() },
      }),
    );
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
