import { DatePicker, Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { textRules } from '../registry/rules.ts';
import { ACCESS_KEY } from './requests.ts';
import { futureRules, MAX_LENGTH, optionalText } from './rules.ts';
import type { AccessRequest, ConsentBody } from './types.ts';

interface Values {
  validUntil?: Dayjs | null;
  note?: string;
}

/** 同意: the unit agrees to a citizen's request (国家 第二十一条: 经管理单位同意), for on-site viewing. */
export function ConsentForm({ request: r, onClose }: { request: AccessRequest; onClose: () => void }) {
  const { t } = useI18n();
  const submit = (v: Values) => {
    const body: ConsentBody = {};
    const note = optionalText(v.note);
    if (note !== undefined) body.note = note;
    if (v.validUntil) body.validUntil = v.validUntil.toISOString();
    return unwrap(api.POST('/api/v1/access-requests/{id}/consent', { params: { path: { id: r.id } }, body }));
  };
  return (
    <FormModal<Values>
      name="consent"
      title={t('access.consent.title')}
      initialValues={{}}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[ACCESS_KEY]]}
      submitText={t('access.action.consent')}
    >
      <Typography.Paragraph type="secondary">{t('access.citizen.hint')}</Typography.Paragraph>
      <Form.Item
        name="validUntil"
        label={t('access.field.validUntil')}
        extra={t('access.approve.validUntilHint')}
        rules={futureRules(t)}
      >
        <DatePicker showTime format="YYYY-MM-DD HH:mm" style={{ width: 260 }} />
      </Form.Item>
      <Form.Item name="note" label={t('access.decision.note')} rules={textRules(MAX_LENGTH.note)}>
        <Input.TextArea rows={2} maxLength={MAX_LENGTH.note} />
      </Form.Item>
    </FormModal>
  );
}
