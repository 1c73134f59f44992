import { Alert, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { textRules } from '../registry/rules.ts';
import { beijingDate, FILINGS_KEY, MAX_LENGTH, type Filing } from './filings.ts';

type FormProps = { filing: Filing; onClose: () => void };

/** The period the texts give the police for the site visit, when one does (安徽 第十三条第二款: 30 days). */
function VisitDeadline({ filing: f }: { filing: Filing }) {
  const { t } = useI18n();
  const v = f.siteVisit;
  if (v.article === null || v.days === null || v.dueDate === null) return null;
  return (
    <Alert
      type={v.overdue ? 'error' : 'info'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="filing-visit-deadline"
      title={t('filings.visit.due', { article: v.article, days: v.days, date: v.dueDate })}
    />
  );
}

/**
 * The receiving police office schedules the site visit (实地查看、指导) for today (in Beijing) or later; where a
 * text sets a period, a day past it is refused with its article.
 */
export function ScheduleVisitForm({ filing: f, onClose }: FormProps) {
  const { t } = useI18n();
  const today = beijingDate();
  const submit = (v: { plannedFor: Dayjs; note?: string }) => {
    const note = v.note?.trim() ?? '';
    return unwrap(
      api.POST('/api/v1/filings/{id}/site-visit', {
        params: { path: { id: f.id } },
        body: { plannedFor: v.plannedFor.format('YYYY-MM-DD'), ...(note === '' ? {} : { note }) },
      }),
    );
  };
  return (
    <FormModal<{ plannedFor: Dayjs; note?: string }>
      name="filing-visit-schedule"
      title={t('filings.action.scheduleVisit')}
      initialValues={{ plannedFor: f.siteVisit.plannedFor === null ? undefined : dayjs(f.siteVisit.plannedFor) }}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[FILINGS_KEY]]}
    >
      <VisitDeadline filing={f} />
      <Form.Item label={t('filings.field.plannedFor')} name="plannedFor" rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') < today} />
      </Form.Item>
      <Form.Item label={t('filings.field.note')} name="note" rules={textRules(MAX_LENGTH.note)}>
        <Input.TextArea rows={2} maxLength={MAX_LENGTH.note} />
      </Form.Item>
    </FormModal>
  );
}

/** The receiving police office records the visit: the day (between receipt and today, in Beijing) and what it found. */
export function RecordVisitForm({ filing: f, onClose }: FormProps) {
  const { t } = useI18n();
  const today = beijingDate();
  const received = f.receivedAt === null ? today : beijingDate(f.receivedAt);
  const submit = (v: { visitedAt: Dayjs; notes: string }) =>
    unwrap(
      api.POST('/api/v1/filings/{id}/site-visit/record', {
        params: { path: { id: f.id } },
        body: { visitedAt: v.visitedAt.format('YYYY-MM-DD'), notes: v.notes.trim() },
      }),
    );
  return (
    <FormModal<{ visitedAt: Dayjs; notes: string }>
      name="filing-visit-record"
      title={t('filings.action.recordVisit')}
      initialValues={{ visitedAt: dayjs(today) }}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[FILINGS_KEY]]}
    >
      <VisitDeadline filing={f} />
      <Form.Item label={t('filings.field.visitedAt')} name="visitedAt" rules={[{ required: true }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) => {
            const day = d.format('YYYY-MM-DD');
            return day > today || day < received;
          }}
        />
      </Form.Item>
      <Form.Item
        label={t('filings.field.visitNotes')}
        name="notes"
        rules={textRules(MAX_LENGTH.visitNotes, true)}
        extra={t('filings.visitNotes.help')}
      >
        <Input.TextArea rows={4} maxLength={MAX_LENGTH.visitNotes} />
      </Form.Item>
    </FormModal>
  );
}
