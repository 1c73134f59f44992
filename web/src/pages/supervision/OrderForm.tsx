import { Checkbox, DatePicker, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { textRules } from '../registry/rules.ts';
import { SUPERVISION_KEY, today } from './queries.ts';
import type { Inspection, OrderBody } from './types.ts';

interface Values {
  deadline: Dayjs;
  itemIds: string[];
  documentNo?: string | undefined;
  note?: string | undefined;
}

/** A first deadline to offer: thirty days, a common period in 责令限期改正 notices; the approver sets the real one. */
const DEFAULT_DAYS = 30;

/**
 * 责令限期改正: the non-compliant lines of a completed inspection ordered corrected by a deadline
 * (a later day than today), signed by a police approver. A re-inspection then closes or escalates it.
 */
export function OrderForm({ inspection: i, onClose }: { inspection: Inspection; onClose: () => void }) {
  const { t, pick } = useI18n();
  const lines = i.items.filter((l) => l.result === 'non_compliant');
  const submit = (v: Values) => {
    const documentNo = v.documentNo?.trim() ?? '';
    const note = v.note?.trim() ?? '';
    const body: OrderBody = {
      inspectionId: i.id,
      deadline: v.deadline.format('YYYY-MM-DD'),
      // Every line is the server's default; naming them only when some were left out.
      ...(v.itemIds.length === lines.length ? {} : { itemIds: v.itemIds }),
      ...(documentNo === '' ? {} : { documentNo }),
      ...(note === '' ? {} : { note }),
    };
    return unwrap(api.POST('/api/v1/rectification-orders', { body }));
  };
  return (
    <FormModal<Values>
      name="rectification-order"
      title={t('supervision.order.issue')}
      initialValues={{ deadline: dayjs().add(DEFAULT_DAYS, 'day'), itemIds: lines.map((l) => l.id) }}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[SUPERVISION_KEY]]}
      submitText={t('supervision.order.sign')}
      width={720}
    >
      <Form.Item
        label={t('supervision.field.deadline')}
        name="deadline"
        rules={[{ required: true, message: t('registry.rule.select', { field: t('supervision.field.deadline') }) }]}
        extra={t('supervision.help.deadline')}
      >
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') <= today()} />
      </Form.Item>
      <Form.Item
        label={t('supervision.field.orderItems')}
        name="itemIds"
        rules={[{ type: 'array', min: 1, required: true, message: t('supervision.rule.orderItems') }]}
      >
        <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          {lines.map((l) => (
            <Checkbox key={l.id} value={l.id}>
              <span>
                {l.seq}. {pick(l.titleZh, l.titleEn)} <Typography.Text type="secondary">({l.article})</Typography.Text>
              </span>
              {l.resultNote !== null && (
                <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }} ellipsis={{ rows: 2 }}>
                  {l.resultNote}
                </Typography.Paragraph>
              )}
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Form.Item>
      <Form.Item label={t('supervision.field.documentNo')} name="documentNo" rules={textRules(100)}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label={t('supervision.field.orderNote')} name="note" rules={textRules(2000)}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
