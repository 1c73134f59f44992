import { Form, Input } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { textRules } from '../registry/rules.ts';
import { REPORTS_KEY, type Report } from './reports.ts';

/** What the police or the unit do to a report: acknowledge (受理), handle (处理结果), or add a note. */
export type NoteAction = 'acknowledge' | 'handle' | 'note';

const MAX_NOTE = 4000;

/** Acknowledges or handles a report, or adds a note; the note is optional only when acknowledging. */
export function NoteForm({ report, action, onClose }: { report: Report; action: NoteAction; onClose: () => void }) {
  const { t } = useI18n();
  const submit = (v: { note?: string | undefined }) => {
    const note = v.note?.trim() ?? '';
    const params = { path: { id: report.id } };
    if (action === 'acknowledge') {
      return unwrap(api.POST('/api/v1/reports/{id}/acknowledge', { params, body: note === '' ? {} : { note } }));
    }
    if (action === 'handle') return unwrap(api.POST('/api/v1/reports/{id}/handle', { params, body: { note } }));
    return unwrap(api.POST('/api/v1/reports/{id}/notes', { params, body: { note } }));
  };
  return (
    <FormModal<{ note?: string | undefined }>
      name={`report-${action}`}
      title={t(`reports.action.${action}.title`)}
      initialValues={{}}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[REPORTS_KEY]]}
      submitText={t(`reports.action.${action}`)}
    >
      <Form.Item
        label={t(action === 'handle' ? 'reports.field.outcome' : 'reports.field.note')}
        name="note"
        rules={textRules(MAX_NOTE, action !== 'acknowledge')}
        extra={action === 'handle' ? t('reports.help.outcome') : undefined}
      >
        <Input.TextArea rows={4} maxLength={MAX_NOTE} />
      </Form.Item>
    </FormModal>
  );
}
