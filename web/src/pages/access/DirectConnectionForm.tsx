import { DatePicker, Divider, Form, Input, Select, Typography, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useSession, useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { textRules } from '../registry/rules.ts';
import { DIRECT_REQUESTERS } from './enums.ts';
import { NEW_OFFICER, officersBody, OfficersList, type OfficerValues } from './OfficersList.tsx';
import { ACCESS_KEY, scanAfterCreate } from './requests.ts';
import { futureRules, MAX_DIRECT_CAMERAS, MAX_LENGTH, optionalText } from './rules.ts';
import { ScanField, scanFile } from './ScanField.tsx';
import type { AccessRequest, DirectConnectionBody } from './types.ts';
import { useCameraOptions } from '../../components/cameras/useCameraOptions.ts';

interface Values {
  requesterKind: DirectConnectionBody['requesterKind'];
  legalBasis: string;
  purpose: string;
  caseNo?: string;
  certificateRef?: string;
  cameraIds: string[];
  validUntil?: Dayjs | null;
  officers: OfficerValues[];
  scan?: UploadFile[];
}

/**
 * 接入申请: the police or state security asking to connect to, or directly use, a unit's system
 * (安徽 第二十条, 辽宁 第十七条): live viewing of the named cameras while the grant runs.
 */
export function DirectConnectionForm({
  onCreated,
  onClose,
}: {
  onCreated: (r: AccessRequest, scanError: unknown) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const user = useUser();
  const { session } = useSession();
  const cameras = useCameraOptions();
  const submit = async (v: Values) => {
    const body: DirectConnectionBody = {
      type: 'direct_connection',
      requesterKind: v.requesterKind,
      legalBasis: v.legalBasis.trim(),
      purpose: v.purpose.trim(),
      cameraIds: v.cameraIds,
      officers: officersBody(v.officers),
    };
    const caseNo = optionalText(v.caseNo);
    const certificateRef = optionalText(v.certificateRef);
    if (caseNo !== undefined) body.caseNo = caseNo;
    if (certificateRef !== undefined) body.certificateRef = certificateRef;
    if (v.validUntil) body.validUntil = v.validUntil.toISOString();
    const created = await unwrap(api.POST('/api/v1/access-requests', { body }));
    onCreated(created, await scanAfterCreate(created.id, scanFile(v.scan)));
  };
  return (
    <FormModal<Values>
      name="direct-request"
      title={t('access.new.direct')}
      width={860}
      initialValues={{
        requesterKind: 'police',
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
        <Select options={DIRECT_REQUESTERS.map((k) => ({ value: k, label: t(`access.requester.${k}`) }))} />
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
        {t('access.section.cameras')}
      </Divider>
      <Form.Item
        name="cameraIds"
        label={t('access.field.cameras')}
        extra={t('access.field.camerasHint')}
        rules={[
          { required: true, message: t('access.rule.camera') },
          { type: 'array', max: MAX_DIRECT_CAMERAS },
        ]}
      >
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          loading={cameras.loading}
          options={cameras.groups}
        />
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
