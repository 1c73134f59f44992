import { DeleteOutlined, EditOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, toApiError } from '../../api/client.ts';
import { useUser } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AcceptForm, ReceiveForm, ReturnForm } from './DecisionForms.tsx';
import { FilingDraftForm } from './FilingDraftForm.tsx';
import { FILINGS_KEY, type Filing } from './filings.ts';
import { handles, mayDiscard, mayEdit } from './permissions.ts';
import { SubmitForm } from './SubmitForm.tsx';
import { RecordVisitForm, ScheduleVisitForm } from './VisitForms.tsx';

type Dialog = 'edit' | 'submit' | 'receive' | 'schedule' | 'record' | 'accept' | 'return';

/**
 * What the user may do with the filing now: the unit's filer edits, submits (or resubmits) and
 * discards a draft; the receiving police office receives it, schedules and records the site visit,
 * accepts it or returns it with reasons. Others see whom it waits for.
 */
export function FilingActions({ filing: f, onDiscarded }: { filing: Filing; onDiscarded: () => void }) {
  const { t } = useI18n();
  const user = useUser();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const editable = mayEdit(f, user);
  const handler = handles(f, user);
  const open = (d: Dialog) => () => {
    setDialog(d);
  };
  const close = () => {
    setDialog(null);
  };
  const visitOpen = f.siteVisit.visitedAt === null;
  const buttons = [
    editable && (
      <Button key="submit" type="primary" icon={<SendOutlined />} data-testid="filing-submit" onClick={open('submit')}>
        {t(f.submissions > 0 ? 'filings.action.resubmit' : 'filings.action.submit')}
      </Button>
    ),
    editable && (
      <Button key="edit" icon={<EditOutlined />} data-testid="filing-edit" onClick={open('edit')}>
        {t('common.edit')}
      </Button>
    ),
    mayDiscard(f, user) && <DiscardButton key="discard" filing={f} onDiscarded={onDiscarded} />,
    handler && f.status === 'submitted' && (
      <Button key="receive" type="primary" data-testid="filing-receive" onClick={open('receive')}>
        {t('filings.action.receive')}
      </Button>
    ),
    handler && f.status === 'received' && visitOpen && (
      <Button key="schedule" data-testid="filing-schedule-visit" onClick={open('schedule')}>
        {t(f.siteVisit.plannedFor === null ? 'filings.action.scheduleVisit' : 'filings.action.rescheduleVisit')}
      </Button>
    ),
    handler && f.status === 'received' && visitOpen && (
      <Button key="record" data-testid="filing-record-visit" onClick={open('record')}>
        {t('filings.action.recordVisit')}
      </Button>
    ),
    handler && f.status === 'received' && (
      <Button key="accept" type="primary" data-testid="filing-accept" onClick={open('accept')}>
        {t('filings.action.accept')}
      </Button>
    ),
    handler && (f.status === 'submitted' || f.status === 'received') && (
      <Button key="return" danger data-testid="filing-return" onClick={open('return')}>
        {t('filings.action.return')}
      </Button>
    ),
  ].filter((b) => b !== false);
  const waiting = !handler && (f.status === 'submitted' || f.status === 'received');
  if (buttons.length === 0 && !waiting) return null;
  return (
    <>
      <Space wrap size={12} data-testid="filing-actions">
        {buttons}
        {waiting && (
          <Typography.Text type="secondary" data-testid="filing-waiting">
            {t(f.status === 'submitted' ? 'filings.waiting.receive' : 'filings.waiting.decide', {
              office: f.recipient?.name ?? '—',
            })}
          </Typography.Text>
        )}
      </Space>
      {dialog === 'edit' && <FilingDraftForm target={{ mode: 'edit', record: f }} onClose={close} />}
      {dialog === 'submit' && <SubmitForm filing={f} onClose={close} />}
      {dialog === 'receive' && <ReceiveForm filing={f} onClose={close} />}
      {dialog === 'schedule' && <ScheduleVisitForm filing={f} onClose={close} />}
      {dialog === 'record' && <RecordVisitForm filing={f} onClose={close} />}
      {dialog === 'accept' && <AcceptForm filing={f} onClose={close} />}
      {dialog === 'return' && <ReturnForm filing={f} onClose={close} />}
    </>
  );
}

/** Discards a draft never submitted, after a confirmation; a refusal stays in view. */
function DiscardButton({ filing: f, onDiscarded }: { filing: Filing; onDiscarded: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const discard = useMutation({
    mutationFn: async () => {
      // DELETE answers 204 without a body.
      const { error, response } = await api.DELETE('/api/v1/filings/{id}', { params: { path: { id: f.id } } });
      if (!response.ok) throw toApiError(response.status, error);
    },
    onSuccess: async () => {
      onDiscarded();
      await queryClient.invalidateQueries({ queryKey: [FILINGS_KEY] });
      void message.success(t('filings.discarded'));
    },
  });
  return (
    <>
      <Popconfirm
        title={t('filings.discard.confirm')}
        okText={t('common.delete')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, autoInsertSpace: false }}
        cancelButtonProps={{ autoInsertSpace: false }}
        onConfirm={() => {
          discard.mutate();
        }}
      >
        <Button danger icon={<DeleteOutlined />} loading={discard.isPending} data-testid="filing-discard">
          {t('filings.action.discard')}
        </Button>
      </Popconfirm>
      {discard.isError && <ErrorAlert error={discard.error} onClose={discard.reset} />}
    </>
  );
}
