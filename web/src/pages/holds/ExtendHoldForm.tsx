import { DatePicker, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { when } from '../../components/format/when.ts';
import { FormModal } from '../registry/FormModal.tsx';
import { textRules } from '../registry/rules.ts';
import { HOLDS_KEY, type Hold } from './holds.ts';

interface Values {
  until: Dayjs;
  reason: string;
}

/** Moves an open hold's end (a case that outlasts it), with the reason the audit trail keeps. */
export function ExtendHoldForm({ hold, onClose }: { hold: Hold; onClose: () => void }) {
  const { t } = useI18n();
  const current = hold.until === null ? null : dayjs(hold.until);
  const submit = (v: Values) =>
    unwrap(
      api.POST('/api/v1/holds/{id}/extend', {
        params: { path: { id: hold.id } },
        body: { until: v.until.toISOString(), reason: v.reason.trim() },
      }),
    );
  return (
    <FormModal<Values>
      name="hold-extend"
      title={t('holds.extend.title', { reference: hold.reference })}
      initialValues={{}}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[HOLDS_KEY]]}
      submitText={t('holds.extend')}
    >
      <Typography.Paragraph type="secondary">
        {t('holds.extend.current', { until: when(hold.until) })}
      </Typography.Paragraph>
      <Form.Item
        label={t('holds.field.newUntil')}
        name="until"
        rules={[
          { required: true, message: t('registry.rule.select', { field: t('holds.field.newUntil') }) },
          {
            validator: (_rule, value: Dayjs | null | undefined) =>
              !value || (value.isAfter(dayjs()) && (current === null || value.isAfter(current)))
                ? Promise.resolve()
                : Promise.reject(new Error(t('holds.rule.extendLater'))),
          },
        ]}
      >
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label={t('holds.field.extendReason')} name="reason" rules={textRules(2000, true)}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
