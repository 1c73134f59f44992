import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { TRAINING_KINDS, type TrainingKind } from '../operations/records.ts';
import { FormModal } from '../registry/FormModal.tsx';
import { useAll } from '../registry/lists.ts';
import { numberRules, selectRules, textRules } from '../registry/rules.ts';
import { COMPLIANCE_KEY } from './findings.ts';

interface Values {
  orgId: string;
  heldAt: Dayjs;
  topic: string;
  kinds: TrainingKind[];
  attendees: number;
  evidenceRef?: string | undefined;
}

/**
 * Records a training session of an organization's monitoring and management staff, with the kinds
 * it covered: the engine asks for every kind a text names (青岛 第十九条(二) 岗位技能和保密;
 * 国家 第十六条第二款(一) 入职审查、保密教育、岗位培训; 安徽 第十七条第一款 安全知识、保密), so a record
 * without them answers no training finding.
 */
export function TrainingForm({ orgId, onClose }: { orgId: string | undefined; onClose: () => void }) {
  const { t } = useI18n();
  const orgs = useAll('/api/v1/organizations');
  const submit = (v: Values) => {
    const evidenceRef = v.evidenceRef?.trim() ?? '';
    return unwrap(
      api.POST('/api/v1/training-records', {
        body: {
          orgId: v.orgId,
          heldAt: v.heldAt.format('YYYY-MM-DD'),
          topic: v.topic.trim(),
          kinds: v.kinds,
          attendees: v.attendees,
          ...(evidenceRef === '' ? {} : { evidenceRef }),
        },
      }),
    );
  };
  return (
    <FormModal<Values>
      name="training"
      title={t('compliance.training.record')}
      initialValues={{ orgId, heldAt: dayjs() }}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[COMPLIANCE_KEY]]}
      submitText={t('compliance.save')}
    >
      <Form.Item label={t('compliance.organization')} name="orgId" rules={selectRules(t, t('compliance.organization'))}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={orgs.isPending}
          options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
      </Form.Item>
      <Form.Item label={t('compliance.training.heldAt')} name="heldAt" rules={[{ required: true }]}>
        <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label={t('compliance.training.topic')} name="topic" rules={textRules(300, true)}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        label={t('compliance.training.kinds')}
        name="kinds"
        rules={selectRules(t, t('compliance.training.kinds'))}
        extra={t('compliance.training.kindsHelp')}
      >
        <Select
          mode="multiple"
          options={TRAINING_KINDS.map((k) => ({ value: k, label: t(`compliance.training.kind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item
        label={t('compliance.training.attendees')}
        name="attendees"
        rules={[{ required: true }, ...numberRules(1, 100_000, true)]}
      >
        <InputNumber min={1} max={100_000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label={t('compliance.training.evidenceRef')}
        name="evidenceRef"
        rules={textRules(500)}
        extra={t('compliance.training.evidenceHelp')}
      >
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
