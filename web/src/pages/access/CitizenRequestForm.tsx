import { Alert, DatePicker, Divider, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { textRules } from '../registry/rules.ts';
import { CameraRangesList } from './CameraRangesList.tsx';
import { CITIZEN_ID_TYPES, CITIZEN_REASONS, CITIZEN_RELATIONS } from './enums.ts';
import { ACCESS_KEY } from './requests.ts';
import { futureRules, MAX_CITIZEN_ITEMS, MAX_LENGTH, optionalText, type RangeValue } from './rules.ts';
import type { AccessRequest, CitizenBody, CitizenIdType, CitizenReason, CitizenRelation } from './types.ts';

interface Values {
  name: string;
  idType: CitizenIdType;
  idNumber: string;
  relation: CitizenRelation;
  subjectName?: string;
  reason: CitizenReason;
  contact?: string;
  purpose: string;
  items: { cameraId: string; range: RangeValue }[];
  validUntil?: Dayjs | null;
}

/**
 * 公民查阅登记: the unit records a citizen's request to view footage of a person (国家 第二十一条:
 * 本人、近亲属… 为保护生命健康或财产安全); the unit's manager agrees or refuses, the citizen views
 * on site, nothing is copied.
 */
export function CitizenRequestForm({
  onCreated,
  onClose,
}: {
  onCreated: (r: AccessRequest, scanError: unknown) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const submit = async (v: Values) => {
    const citizen: CitizenBody['citizen'] = {
      name: v.name.trim(),
      idType: v.idType,
      idNumber: v.idNumber.trim(),
      relation: v.relation,
      reason: v.reason,
    };
    const subjectName = optionalText(v.subjectName);
    const contact = optionalText(v.contact);
    if (subjectName !== undefined) citizen.subjectName = subjectName;
    if (contact !== undefined) citizen.contact = contact;
    const body: CitizenBody = {
      type: 'citizen',
      citizen,
      purpose: v.purpose.trim(),
      items: v.items.map((i) => ({
        cameraId: i.cameraId,
        from: i.range[0].toISOString(),
        to: i.range[1].toISOString(),
      })),
    };
    if (v.validUntil) body.validUntil = v.validUntil.toISOString();
    onCreated(await unwrap(api.POST('/api/v1/access-requests', { body })), null);
  };
  return (
    <FormModal<Values>
      name="citizen-request"
      title={t('access.new.citizen')}
      width={860}
      initialValues={{ idType: 'resident_id', relation: 'self', items: [{}] as Values['items'] }}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[ACCESS_KEY]]}
      submitText={t('access.submit')}
    >
      <Alert type="info" showIcon title={t('access.citizen.hint')} style={{ marginBottom: 16 }} />
      <Divider titlePlacement="start" plain>
        {t('access.section.citizen')}
      </Divider>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <Form.Item
          name="name"
          label={t('access.citizen.name')}
          rules={textRules(MAX_LENGTH.citizenName, true)}
          style={{ flex: '1 1 200px' }}
        >
          <Input maxLength={MAX_LENGTH.citizenName} />
        </Form.Item>
        <Form.Item
          name="idType"
          label={t('access.citizen.idType')}
          rules={[{ required: true }]}
          style={{ flex: '1 1 160px' }}
        >
          <Select options={CITIZEN_ID_TYPES.map((k) => ({ value: k, label: t(`access.idType.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('access.citizen.idNumber')}
          rules={textRules(MAX_LENGTH.idNumber, true)}
          style={{ flex: '1 1 220px' }}
        >
          <Input maxLength={MAX_LENGTH.idNumber} autoComplete="off" />
        </Form.Item>
      </div>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <Form.Item
          name="relation"
          label={t('access.citizen.relation')}
          rules={[{ required: true }]}
          style={{ flex: '1 1 160px' }}
        >
          <Select options={CITIZEN_RELATIONS.map((k) => ({ value: k, label: t(`access.relation.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="subjectName"
          label={t('access.citizen.subjectName')}
          extra={t('access.citizen.subjectNameHint')}
          rules={textRules(MAX_LENGTH.citizenName)}
          style={{ flex: '1 1 200px' }}
        >
          <Input maxLength={MAX_LENGTH.citizenName} />
        </Form.Item>
        <Form.Item
          name="contact"
          label={t('access.citizen.contact')}
          rules={textRules(MAX_LENGTH.contact)}
          style={{ flex: '1 1 200px' }}
        >
          <Input maxLength={MAX_LENGTH.contact} />
        </Form.Item>
      </div>
      <Form.Item name="reason" label={t('access.citizen.reason')} rules={[{ required: true }]}>
        <Radio.Group options={CITIZEN_REASONS.map((k) => ({ value: k, label: t(`access.reason.${k}`) }))} />
      </Form.Item>
      <Form.Item name="purpose" label={t('access.field.purpose')} rules={textRules(MAX_LENGTH.purpose, true)}>
        <Input.TextArea rows={2} maxLength={MAX_LENGTH.purpose} />
      </Form.Item>

      <Divider titlePlacement="start" plain>
        {t('access.section.footage')}
      </Divider>
      <CameraRangesList max={MAX_CITIZEN_ITEMS} />
      <Form.Item
        name="validUntil"
        label={t('access.field.validUntil')}
        extra={t('access.field.validUntilHint')}
        rules={futureRules(t)}
      >
        <DatePicker showTime format="YYYY-MM-DD HH:mm" style={{ width: 260 }} />
      </Form.Item>
    </FormModal>
  );
}
