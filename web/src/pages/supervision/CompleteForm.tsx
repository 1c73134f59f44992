import { Form, Input, Typography } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { textRules } from '../registry/rules.ts';
import { SUPERVISION_KEY } from './queries.ts';
import type { CompletedInspection, Inspection } from './types.ts';

/** Completes an inspection with a summary; its results are final from then on. */
export function CompleteForm({
  inspection: i,
  onCompleted,
  onClose,
}: {
  inspection: Inspection;
  onCompleted: (next: CompletedInspection) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const nonCompliant = i.items.filter((l) => l.result === 'non_compliant').length;
  const submit = async (v: { summary?: string | undefined }) => {
    const summary = v.summary?.trim() ?? '';
    // Lines still open come back as PSVIS_ERR_INSPECTION_INCOMPLETE, naming them in both languages.
    onCompleted(
      await unwrap(
        api.POST('/api/v1/inspections/{id}/complete', {
          params: { path: { id: i.id } },
          body: summary === '' ? {} : { summary },
        }),
      ),
    );
  };
  return (
    <FormModal<{ summary?: string | undefined }>
      name="inspection-complete"
      title={t('supervision.inspection.complete')}
      initialValues={{}}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[SUPERVISION_KEY]]}
      submitText={t('supervision.inspection.complete')}
    >
      <Typography.Paragraph>
        {t(nonCompliant > 0 ? 'supervision.complete.withFindings' : 'supervision.complete.clean', { n: nonCompliant })}
      </Typography.Paragraph>
      <Form.Item label={t('supervision.field.summary')} name="summary" rules={textRules(4000)}>
        <Input.TextArea rows={4} maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}
