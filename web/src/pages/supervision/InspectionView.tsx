import { CheckOutlined, FileDoneOutlined, SaveOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { useUser } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { Checklist } from './Checklist.tsx';
import { changedResults, lacksNote, openLines, savedDraft, suggestFromPrefill, type Draft } from './checklist.ts';
import { CompleteForm } from './CompleteForm.tsx';
import { ORDER_STATUS_COLOR } from './enums.ts';
import { InspectionFacts } from './InspectionFacts.tsx';
import { OrderForm } from './OrderForm.tsx';
import { PdfButton } from './PdfButton.tsx';
import { mayApprove, mayInspect } from './permissions.ts';
import { isOverdue, noticePdf, orderPdf, SUPERVISION_KEY, useOrders } from './queries.ts';
import type { Inspection } from './types.ts';

/**
 * An inspection: its facts, the checklist the inspector fills in and saves, completion (every line
 * with a result), then the rectification order its non-compliant lines become, signed by an approver.
 */
export function InspectionView({ inspection: i }: { inspection: Inspection }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const user = useUser();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => savedDraft(i.items));
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [dialog, setDialog] = useState<'complete' | 'order' | null>(null);
  const orders = useOrders({ orgId: i.orgId });
  const order = orders.data?.find((o) => o.inspectionId === i.id);

  const editable = i.status === 'planned' && mayInspect(user.role);
  const changed = changedResults(i.items, draft);
  const nonCompliant = i.items.filter((l) => l.result === 'non_compliant');
  const mayOrder = i.status === 'completed' && mayApprove(user.role) && nonCompliant.length > 0 && order === undefined;

  const stored = (next: Inspection) => {
    queryClient.setQueryData([SUPERVISION_KEY, 'inspection', next.id], next);
    void queryClient.invalidateQueries({ queryKey: [SUPERVISION_KEY, 'inspections'] });
  };
  /** Sends the changed lines; false when something stops it (shown above the checklist). */
  const save = async (): Promise<boolean> => {
    const noNote = i.items.filter((l) => lacksNote(draft[l.id]));
    if (noNote.length > 0) {
      setError(new Error(t('supervision.rule.notesMissing', { seqs: noNote.map((l) => l.seq).join(', ') })));
      return false;
    }
    if (changed.length === 0) return true;
    setSaving(true);
    setError(null);
    try {
      const next = await unwrap(
        api.POST('/api/v1/inspections/{id}/results', { params: { path: { id: i.id } }, body: { results: changed } }),
      );
      stored(next);
      setDraft(savedDraft(next.items));
      void message.success(t('supervision.checklist.saved', { n: changed.length }));
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setSaving(false);
    }
  };
  const startCompletion = async () => {
    const open = openLines(i.items, draft);
    if (open.length > 0) {
      setError(new Error(t('supervision.rule.openLines', { n: open.length, seqs: open.map((l) => l.seq).join(', ') })));
      return;
    }
    if (await save()) setDialog('complete');
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="inspection-view">
      <InspectionFacts inspection={i} />
      <Flex wrap gap={8} justify="space-between" align="center">
        <Space wrap size={8}>
          {editable && (
            <>
              <Button
                icon={<ThunderboltOutlined />}
                data-testid="checklist-suggest"
                onClick={() => {
                  setDraft(suggestFromPrefill(i.items, draft));
                }}
              >
                {t('supervision.checklist.suggest')}
              </Button>
              <Button
                icon={<SaveOutlined />}
                loading={saving}
                disabled={changed.length === 0}
                data-testid="checklist-save"
                onClick={() => {
                  void save();
                }}
              >
                {t('supervision.checklist.save')}
              </Button>
              <Button
                type="primary"
                icon={<CheckOutlined />}
                data-testid="inspection-complete"
                onClick={() => {
                  void startCompletion();
                }}
              >
                {t('supervision.inspection.complete')}
              </Button>
            </>
          )}
          {mayOrder && (
            <Button
              type="primary"
              icon={<FileDoneOutlined />}
              data-testid="inspection-issue-order"
              onClick={() => {
                setDialog('order');
              }}
            >
              {t('supervision.order.issue')}
            </Button>
          )}
        </Space>
        <Space wrap size={0}>
          <PdfButton href={noticePdf(i.id)} label={t('supervision.pdf.notice')} testId="inspection-drawer-notice-pdf" />
          {order !== undefined && (
            <PdfButton
              href={orderPdf(order.id)}
              label={t('supervision.pdf.order')}
              testId="inspection-drawer-order-pdf"
            />
          )}
        </Space>
      </Flex>
      {editable && <Typography.Text type="secondary">{t('supervision.checklist.help')}</Typography.Text>}
      {i.status === 'completed' && nonCompliant.length > 0 && order === undefined && !mayApprove(user.role) && (
        <Alert type="info" showIcon title={t('supervision.order.awaitingApprover', { n: nonCompliant.length })} />
      )}
      {order !== undefined && (
        <Alert
          type={
            order.status === 'rectified'
              ? 'success'
              : isOverdue(order) || order.status === 'escalated'
                ? 'error'
                : 'warning'
          }
          showIcon
          data-testid="inspection-order"
          title={
            <Space wrap size={4}>
              {t('supervision.order.ofInspection', { deadline: order.deadline, n: order.items.length })}
              <Tag color={ORDER_STATUS_COLOR[order.status]}>{t(`supervision.orderStatus.${order.status}`)}</Tag>
              {isOverdue(order) && <Tag color="red">{t('supervision.order.overdue')}</Tag>}
            </Space>
          }
        />
      )}
      {error !== null && (
        <ErrorAlert
          error={error}
          onClose={() => {
            setError(null);
          }}
        />
      )}
      <Checklist
        lines={i.items}
        draft={draft}
        editable={editable}
        onChange={(itemId, line) => {
          setDraft((prev) => ({ ...prev, [itemId]: line }));
        }}
      />
      {dialog === 'complete' && (
        <CompleteForm
          inspection={i}
          onCompleted={(next) => {
            stored(next);
            if (next.order !== null) {
              void message.info(t(`supervision.reinspection.${next.order.status}`));
            }
            const wrong = next.items.some((l) => l.result === 'non_compliant');
            // The findings become an order at once where the user signs orders; a re-inspection
            // acts on the order it follows up instead.
            setDialog(wrong && mayApprove(user.role) && next.kind !== 'reinspection' ? 'order' : null);
          }}
          onClose={() => {
            setDialog((d) => (d === 'complete' ? null : d));
          }}
        />
      )}
      {dialog === 'order' && (
        <OrderForm
          inspection={i}
          onClose={() => {
            setDialog(null);
          }}
        />
      )}
    </Space>
  );
}
