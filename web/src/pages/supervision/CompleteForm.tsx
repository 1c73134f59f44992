import { Form, Input, Typography } from 'antd';
import { ApiError, api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { textRules } from '../registry/rules.ts';
import { SUPERVISION_KEY } from './queries.ts';
import { explainRefusal, inLanguage } from './refusals.ts';
import type { CompletedInspection, Inspection } from './types.ts';

/** The lines the server says have no result yet (PSVIS_ERR_INSPECTION_INCOMPLETE details.missing). */
function missingSeqs(details: Record<string, unknown>): number[] {
  const missing = details['missing'];
  if (!Array.isArray(missing)) return [];
  return missing.flatMap((m: unknown) =>
    typeof m === 'object' && m !== null && 'seq' in m && typeof m.seq === 'number' ? [m.seq] : [],
  );
}

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
    try {
      onCompleted(
        await unwrap(
          api.POST('/api/v1/inspections/{id}/complete', {
            params: { path: { id: i.id } },
            body: summary === '' ? {} : { summary },
          }),
        ),
      );
    } catch (err) {
      const seqs = err instanceof ApiError ? missingSeqs(err.details) : [];
      throw explainRefusal(err, 'PSVIS_ERR_INSPECTION_INCOMPLETE', (l) =>
        inLanguage(l, 'supervision.rule.openLines', { n: seqs.length, seqs: seqs.join(', ') }),
      );
    }
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
