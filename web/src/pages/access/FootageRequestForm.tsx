import { Alert, DatePicker, Divider, Form, Input, Radio, Select, Typography, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useSession, useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { textRules } from '../registry/rules.ts';
import { CameraRangesList } from './CameraRangesList.tsx';
import { AUTHORITY_REQUESTERS, FOOTAGE_ACCESS_KINDS } from './enums.ts';
import { NEW_OFFICER, officersBody, OfficersList, type OfficerValues } from './OfficersList.tsx';
import { ACCESS_KEY, scanAfterCreate } from './requests.ts';
import { futureRules, MAX_FOOTAGE_ITEMS, MAX_LENGTH, optionalText, type RangeValue } from './rules.ts';
import { ScanField, scanFile } from './ScanField.tsx';
import type { AccessRequest, AuthorityRequester, FootageAccessKind, FootageBody } from './types.ts';

interface Values {
  requesterKind: AuthorityRequester;
  legalBasis: string;
  purpose: string;
  caseNo?: string;
  certificateRef?: string;
  items: { cameraId: string; range: RangeValue }[];
  accessKind: FootageAccessKind;
  destination?: string;
  validUntil?: Dayjs | null;
  officers: OfficerValues[];
  scan?: UploadFile[];
}

/**
 * 调阅申请: an organ's request to view, copy or retrieve footage (查阅/复制/调取): the organ, its
 * legal basis, purpose and case; the cameras and ranges; the officers (at least two) with their
 * credentials; the organ's letter and, when there is one already, the approval document's scan.
 */
export function FootageRequestForm({
  onCreated,
  onClose,
}: {
  onCreated: (r: AccessRequest, scanError: unknown) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const user = useUser();
  const { session } = useSession();
  const submit = async (v: Values) => {
    const body: FootageBody = {
      type: 'footage',
      requesterKind: v.requesterKind,
      accessKind: v.accessKind,
      legalBasis: v.legalBasis.trim(),
      purpose: v.purpose.trim(),
      items: v.items.map((i) => ({
        cameraId: i.cameraId,
        from: i.range[0].toISOString(),
        to: i.range[1].toISOString(),
      })),
      officers: officersBody(v.officers),
    };
    const caseNo = optionalText(v.caseNo);
    const certificateRef = optionalText(v.certificateRef);
    const destination = v.accessKind === 'view' ? undefined : optionalText(v.destination);
    if (caseNo !== undefined) body.caseNo = caseNo;
    if (certificateRef !== undefined) body.certificateRef = certificateRef;
    if (destination !== undefined) body.destination = destination;
    if (v.validUntil) body.validUntil = v.validUntil.toISOString();
    const created = await unwrap(api.POST('/api/v1/access-requests', { body }));
    onCreated(created, await scanAfterCreate(created.id, scanFile(v.scan)));
  };
  return (
    <FormModal<Values>
      name="footage-request"
      title={t('access.new.footage')}
      width={900}
      initialValues={{
        requesterKind: user.role === 'regulator' ? 'other_department' : 'police',
        accessKind: 'view',
        items: [{}] as Values['items'],
        officers: [{ ...NEW_OFFICER, username: user.username }, NEW_OFFICER] as OfficerValues[],
      }}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[ACCESS_KEY]]}
      submitText={t('access.submit')}
    >
      <Divider titlePlacement="start" plain>
        {t('access.section.organ')}
      </Divider>
      <Typography.Paragraph type="secondary">
        {t('access.organ.current', { name: session?.orgName ?? user.orgId })}
      </Typography.Paragraph>
      <Form.Item name="requesterKind" label={t('access.field.requesterKind')} rules={[{ required: true }]}>
        <Select options={AUTHORITY_REQUESTERS.map((k) => ({ value: k, label: t(`access.requester.${k}`) }))} />
      </Form.Item>
      <Form.Item noStyle dependencies={['requesterKind']}>
        {({ getFieldValue }) =>
          getFieldValue('requesterKind') === 'emergency' && (
            <Alert type="warning" showIcon title={t('access.emergency.hint')} style={{ marginBottom: 16 }} />
          )
        }
      </Form.Item>
      <Form.Item
        name="legalBasis"
        label={t('access.field.legalBasis')}
        extra={t('access.field.legalBasisHint')}
        rules={textRules(MAX_LENGTH.legalBasis, true)}
      >
        <Input.TextArea rows={2} maxLength={MAX_LENGTH.legalBasis} />
      </Form.Item>
      <Form.Item name="purpose" label={t('access.field.purpose')} rules={textRules(MAX_LENGTH.purpose, true)}>
        <Input.TextArea rows={2} maxLength={MAX_LENGTH.purpose} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <Form.Item
          name="caseNo"
          label={t('access.field.caseNo')}
          rules={textRules(MAX_LENGTH.caseNo)}
          style={{ flex: '1 1 260px' }}
        >
          <Input maxLength={MAX_LENGTH.caseNo} />
        </Form.Item>
        <Form.Item
          name="certificateRef"
          label={t('access.field.certificateRef')}
          rules={textRules(MAX_LENGTH.certificateRef)}
          style={{ flex: '1 1 260px' }}
        >
          <Input maxLength={MAX_LENGTH.certificateRef} />
        </Form.Item>
      </div>

      <Divider titlePlacement="start" plain>
        {t('access.section.footage')}
      </Divider>
      <CameraRangesList max={MAX_FOOTAGE_ITEMS} />
      <Form.Item name="accessKind" label={t('access.field.accessKind')} rules={[{ required: true }]}>
        <Radio.Group
          options={FOOTAGE_ACCESS_KINDS.map((k) => ({ value: k, label: t(`access.kind.${k}`) }))}
          optionType="button"
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['accessKind']}>
        {({ getFieldValue }) =>
          getFieldValue('accessKind') !== 'view' && (
            <Form.Item
              name="destination"
              label={t('access.field.destination')}
              extra={t('access.field.destinationHint')}
              rules={textRules(MAX_LENGTH.destination, true)}
            >
              <Input maxLength={MAX_LENGTH.destination} />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item
        name="validUntil"
        label={t('access.field.validUntil')}
        extra={t('access.field.validUntilHint')}
        rules={futureRules(t)}
      >
        <DatePicker showTime format="YYYY-MM-DD HH:mm" style={{ width: 260 }} />
      </Form.Item>

      <Divider titlePlacement="start" plain>
        {t('access.section.officers')}
      </Divider>
      <OfficersList />

      <Divider titlePlacement="start" plain>
        {t('access.section.document')}
      </Divider>
      <ScanField label={t('access.scan.label')} extra={t('access.scan.createHint')} />
    </FormModal>
  );
}
