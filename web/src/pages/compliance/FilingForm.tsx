import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { useAll } from '../registry/lists.ts';
import { selectRules, textRules } from '../registry/rules.ts';
import { COMPLIANCE_KEY, FILING_KINDS, type FilingKind } from './findings.ts';

interface Values {
  systemId: string;
  kind: FilingKind;
  submittedAt?: Dayjs | null | undefined;
  noticeGivenAt?: Dayjs | null | undefined;
  reference?: string | undefined;
  channel?: string | undefined;
}

/** Records a filing (备案) submitted to the police for a video system. */
export function FilingForm({
  systemId,
  kind,
  onClose,
}: {
  systemId: string | undefined;
  kind: FilingKind | undefined;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const systems = useAll('/api/v1/systems');
  const submit = (v: Values) => {
    const reference = v.reference?.trim() ?? '';
    const channel = v.channel?.trim() ?? '';
    return unwrap(
      api.POST('/api/v1/filings', {
        body: {
          systemId: v.systemId,
          kind: v.kind,
          ...(v.submittedAt ? { submittedAt: v.submittedAt.format('YYYY-MM-DD') } : {}),
          ...(v.kind === 'removal' && v.noticeGivenAt ? { noticeGivenAt: v.noticeGivenAt.format('YYYY-MM-DD') } : {}),
          ...(reference === '' ? {} : { reference }),
          ...(channel === '' ? {} : { channel }),
        },
      }),
    );
  };
  return (
    <FormModal<Values>
      name="filing"
      title={t('compliance.filing.record')}
      initialValues={{ systemId, kind, submittedAt: dayjs() }}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[COMPLIANCE_KEY]]}
      submitText={t('compliance.save')}
    >
      <Form.Item label={t('compliance.system')} name="systemId" rules={selectRules(t, t('compliance.system'))}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={systems.isPending}
          options={(systems.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
      </Form.Item>
      <Form.Item label={t('compliance.filing.kind')} name="kind" rules={selectRules(t, t('compliance.filing.kind'))}>
        <Select options={FILING_KINDS.map((k) => ({ value: k, label: t(`compliance.filing.kind.${k}`) }))} />
      </Form.Item>
      <Form.Item label={t('compliance.filing.submittedAt')} name="submittedAt">
        <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item noStyle dependencies={['kind']}>
        {({ getFieldValue }) =>
          getFieldValue('kind') === 'removal' && (
            <Form.Item
              label={t('compliance.filing.noticeGivenAt')}
              name="noticeGivenAt"
              extra={t('compliance.filing.noticeHelp')}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item label={t('compliance.filing.reference')} name="reference" rules={textRules(200)}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        label={t('compliance.filing.channel')}
        name="channel"
        rules={textRules(50)}
        extra={t('compliance.filing.channelHelp')}
      >
        <Input maxLength={50} />
      </Form.Item>
    </FormModal>
  );
}
