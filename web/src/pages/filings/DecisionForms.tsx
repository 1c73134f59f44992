import { Form, Input } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { textRules } from '../registry/rules.ts';
import { FILINGS_KEY, MAX_LENGTH, type Filing } from './filings.ts';

type FormProps = { filing: Filing; onClose: () => void };

/** A trimmed text, or nothing for a blank input (optional fields are left out of the body). */
const optional = (s: string | undefined): string | undefined => {
  const x = s?.trim() ?? '';
  return x === '' ? undefined : x;
};

/** The receiving police office records receipt (签收), with an optional note. */
export function ReceiveForm({ filing: f, onClose }: FormProps) {
  const { t } = useI18n();
  const submit = (v: { note?: string }) => {
    const note = optional(v.note);
    return unwrap(
      api.POST('/api/v1/filings/{id}/receive', {
        params: { path: { id: f.id } },
        body: note === undefined ? {} : { note },
      }),
    );
  };
  return (
    <FormModal<{ note?: string }>
      name="filing-receive"
      title={t('filings.action.receive')}
      initialValues={{}}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[FILINGS_KEY]]}
      submitText={t('filings.action.receive')}
    >
      <Form.Item label={t('filings.field.note')} name="note" rules={textRules(MAX_LENGTH.note)}>
        <Input.TextArea rows={2} maxLength={MAX_LENGTH.note} />
      </Form.Item>
    </FormModal>
  );
}

/** The receiving police office accepts the filing (准予备案), giving it a number (备案编号) if it numbers filings. */
export function AcceptForm({ filing: f, onClose }: FormProps) {
  const { t } = useI18n();
  const submit = (v: { reference?: string; note?: string }) => {
    const reference = optional(v.reference);
    const note = optional(v.note);
    return unwrap(
      api.POST('/api/v1/filings/{id}/accept', {
        params: { path: { id: f.id } },
        body: { ...(reference !== undefined ? { reference } : {}), ...(note !== undefined ? { note } : {}) },
      }),
    );
  };
  return (
    <FormModal<{ reference?: string; note?: string }>
      name="filing-accept"
      title={t('filings.action.accept')}
      initialValues={{}}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[FILINGS_KEY]]}
      submitText={t('filings.action.accept')}
    >
      <Form.Item label={t('filings.field.reference')} name="reference" rules={textRules(MAX_LENGTH.reference)}>
        <Input maxLength={MAX_LENGTH.reference} />
      </Form.Item>
      <Form.Item label={t('filings.field.note')} name="note" rules={textRules(MAX_LENGTH.note)}>
        <Input.TextArea rows={2} maxLength={MAX_LENGTH.note} />
      </Form.Item>
    </FormModal>
  );
}

/** The receiving police office returns the filing with what the unit must correct before resubmitting. */
export function ReturnForm({ filing: f, onClose }: FormProps) {
  const { t } = useI18n();
  const submit = (v: { reasons: string }) =>
    unwrap(
      api.POST('/api/v1/filings/{id}/return', {
        params: { path: { id: f.id } },
        body: { reasons: v.reasons.trim() },
      }),
    );
  return (
    <FormModal<{ reasons: string }>
      name="filing-return"
      title={t('filings.action.return')}
      initialValues={{}}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[FILINGS_KEY]]}
      submitText={t('filings.action.return')}
    >
      <Form.Item
        label={t('filings.field.reasons')}
        name="reasons"
        rules={textRules(MAX_LENGTH.reasons, true)}
        extra={t('filings.reasons.help')}
      >
        <Input.TextArea rows={4} maxLength={MAX_LENGTH.reasons} />
      </Form.Item>
    </FormModal>
  );
}
