import { DatePicker, Form, Input, Typography, type UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { textRules } from '../registry/rules.ts';
import { ACCESS_KEY, uploadScan } from './requests.ts';
import { futureRules, MAX_LENGTH, optionalText } from './rules.ts';
import { ScanField, scanFile } from './ScanField.tsx';
import type { AccessRequest, ApproveBody } from './types.ts';

interface Values {
  number: string;
  issuer: string;
  date: Dayjs;
  validUntil?: Dayjs | null;
  note?: string;
  scan?: UploadFile[];
}

/**
 * 批准: the routed approver approves with the approval document (批准文件: number, issuer, date)
 * and its scan, which the officers show before any footage opens. The scan goes first, so a
 * refused file leaves the request undecided and the dialog can be sent again.
 */
export function ApproveForm({ request: r, onClose }: { request: AccessRequest; onClose: () => void }) {
  const { t } = useI18n();
  const { session } = useSession();
  const hasScan = r.document?.scan != null;
  const submit = async (v: Values) => {
    const file = scanFile(v.scan);
    if (file !== null) await uploadScan(r.id, file);
    const body: ApproveBody = {
      document: { number: v.number.trim(), issuer: v.issuer.trim(), date: v.date.format('YYYY-MM-DD') },
    };
    const note = optionalText(v.note);
    if (note !== undefined) body.note = note;
    if (v.validUntil) body.validUntil = v.validUntil.toISOString();
    return unwrap(api.POST('/api/v1/access-requests/{id}/approve', { params: { path: { id: r.id } }, body }));
  };
  return (
    <FormModal<Values>
      name="approve"
      title={t('access.approve.title', { article: r.route.article })}
      initialValues={{ issuer: session?.orgName ?? '', date: dayjs() }}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[ACCESS_KEY]]}
      submitText={t('access.action.approve')}
    >
      <Typography.Paragraph type="secondary">
        {t('access.approve.hint', { approval: r.route.approvalZh })}
      </Typography.Paragraph>
      <Form.Item name="number" label={t('access.document.number')} rules={textRules(MAX_LENGTH.documentNumber, true)}>
        <Input maxLength={MAX_LENGTH.documentNumber} />
      </Form.Item>
      <Form.Item name="issuer" label={t('access.document.issuer')} rules={textRules(MAX_LENGTH.documentIssuer, true)}>
        <Input maxLength={MAX_LENGTH.documentIssuer} />
      </Form.Item>
      <Form.Item name="date" label={t('access.document.date')} rules={[{ required: true }]}>
        <DatePicker style={{ width: 200 }} />
      </Form.Item>
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
      <ScanField
        label={t('access.scan.label')}
        extra={
          hasScan ? t('access.scan.have', { name: r.document?.scan?.filename ?? '' }) : t('access.scan.approveHint')
        }
      />
    </FormModal>
  );
}
