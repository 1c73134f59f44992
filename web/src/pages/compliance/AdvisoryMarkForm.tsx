import { DatePicker, Descriptions, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { textRules } from '../registry/rules.ts';
import { COMPLIANCE_KEY, type FindingRow } from './findings.ts';

interface Values {
  doneAt: Dayjs;
  evidenceRef: string;
}

/** Marks an advisory duty (专家论证, 资质, 同步设计…) of an organization done, with its evidence. */
export function AdvisoryMarkForm({ finding, onClose }: { finding: FindingRow; onClose: () => void }) {
  const { t, pick } = useI18n();
  const submit = (v: Values) =>
    unwrap(
      api.POST('/api/v1/compliance/advisory-marks', {
        body: {
          orgId: finding.orgId,
          ruleId: finding.ruleId,
          doneAt: v.doneAt.format('YYYY-MM-DD'),
          evidenceRef: v.evidenceRef.trim(),
        },
      }),
    );
  return (
    <FormModal<Values>
      name="advisory-mark"
      title={t('compliance.markDone.title')}
      initialValues={{ doneAt: dayjs() }}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[COMPLIANCE_KEY]]}
      submitText={t('compliance.save')}
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'org', label: t('compliance.organization'), children: finding.orgName },
          { key: 'rule', label: t('compliance.rule'), children: pick(finding.titleZh, finding.titleEn) },
          { key: 'article', label: t('compliance.article'), children: finding.article },
        ]}
      />
      <Form.Item label={t('compliance.doneAt')} name="doneAt" rules={[{ required: true }]}>
        <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label={t('compliance.evidenceRef')}
        name="evidenceRef"
        rules={textRules(500, true)}
        extra={t('compliance.evidenceRef.help')}
      >
        <Input.TextArea maxLength={500} rows={3} showCount />
      </Form.Item>
    </FormModal>
  );
}
