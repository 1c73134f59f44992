import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { useAll } from '../registry/lists.ts';
import { selectRules, textRules } from '../registry/rules.ts';
import { MAX_LENGTH, OPERATIONS_KEY, type FaultTicket } from './records.ts';
import { afterToday, pastRules } from './rules.ts';

const TIME_FORMAT = 'YYYY-MM-DD HH:mm';

/** Opens a fault ticket for a camera: what is wrong and when it was found (now by default). */
export function FaultTicketForm({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const cameras = useAll('/api/v1/cameras');
  const submit = (v: { cameraId: string; description: string; openedAt?: Dayjs | null }) =>
    unwrap(
      api.POST('/api/v1/fault-tickets', {
        body: {
          cameraId: v.cameraId,
          description: v.description.trim(),
          ...(v.openedAt ? { openedAt: v.openedAt.toISOString() } : {}),
        },
      }),
    );
  return (
    <FormModal<{ cameraId: string; description: string; openedAt?: Dayjs | null }>
      name="fault-ticket"
      title={t('operations.fault.create')}
      initialValues={{ openedAt: dayjs() }}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[OPERATIONS_KEY]]}
    >
      <Form.Item
        label={t('operations.field.camera')}
        name="cameraId"
        rules={selectRules(t, t('operations.field.camera'))}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={cameras.isPending}
          options={(cameras.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        />
      </Form.Item>
      <Form.Item
        label={t('operations.fault.description')}
        name="description"
        rules={textRules(MAX_LENGTH.description, true)}
      >
        <Input.TextArea rows={3} maxLength={MAX_LENGTH.description} />
      </Form.Item>
      <Form.Item label={t('operations.fault.openedAt')} name="openedAt" rules={pastRules(t, false)}>
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format={TIME_FORMAT}
          disabledDate={afterToday}
          style={{ width: '100%' }}
        />
      </Form.Item>
    </FormModal>
  );
}

/** Notes the temporary measure taken while the fault waits for repair (青岛 第十九条(三): 临时应急措施). */
export function FaultMeasureForm({ ticket, onClose }: { ticket: FaultTicket; onClose: () => void }) {
  const { t } = useI18n();
  const submit = (v: { temporaryMeasure: string }) =>
    unwrap(
      api.POST('/api/v1/fault-tickets/{id}/measure', {
        params: { path: { id: ticket.id } },
        body: { temporaryMeasure: v.temporaryMeasure.trim() },
      }),
    );
  return (
    <FormModal<{ temporaryMeasure: string }>
      name="fault-measure"
      title={t('operations.fault.measureTitle', { camera: ticket.cameraName })}
      initialValues={{ temporaryMeasure: ticket.temporaryMeasure ?? undefined }}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[OPERATIONS_KEY]]}
    >
      <Form.Item
        label={t('operations.fault.measure')}
        name="temporaryMeasure"
        rules={textRules(MAX_LENGTH.temporaryMeasure, true)}
        extra={t('operations.fault.measureHelp')}
      >
        <Input.TextArea rows={3} maxLength={MAX_LENGTH.temporaryMeasure} />
      </Form.Item>
    </FormModal>
  );
}

interface RepairValues {
  repairedAt: Dayjs;
  note: string;
  performedBy?: string | undefined;
}

/** Records the repair of an open fault (after it was opened, not in the future); a maintenance record goes with it. */
export function FaultRepairForm({ ticket, onClose }: { ticket: FaultTicket; onClose: () => void }) {
  const { t } = useI18n();
  const user = useUser();
  const opened = dayjs(ticket.openedAt);
  const submit = (v: RepairValues) => {
    const performedBy = v.performedBy?.trim() ?? '';
    return unwrap(
      api.POST('/api/v1/fault-tickets/{id}/repair', {
        params: { path: { id: ticket.id } },
        body: {
          repairedAt: v.repairedAt.toISOString(),
          note: v.note.trim(),
          ...(performedBy === '' ? {} : { performedBy }),
        },
      }),
    );
  };
  return (
    <FormModal<RepairValues>
      name="fault-repair"
      title={t('operations.fault.repairTitle', { camera: ticket.cameraName })}
      initialValues={{ repairedAt: dayjs(), performedBy: user.displayName }}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[OPERATIONS_KEY]]}
    >
      <Form.Item
        label={t('operations.fault.repairedAt')}
        name="repairedAt"
        rules={[
          ...pastRules(t, true),
          {
            validator: (_rule, v: Dayjs | undefined) =>
              v !== undefined && v.isBefore(opened)
                ? Promise.reject(new Error(t('operations.rule.repairAfterOpen', { at: opened.format(TIME_FORMAT) })))
                : Promise.resolve(),
          },
        ]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format={TIME_FORMAT}
          disabledDate={(d) => afterToday(d) || d.isBefore(opened, 'day')}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item label={t('operations.fault.repairNote')} name="note" rules={textRules(MAX_LENGTH.repairNote, true)}>
        <Input.TextArea rows={3} maxLength={MAX_LENGTH.repairNote} />
      </Form.Item>
      <Form.Item label={t('operations.field.performedBy')} name="performedBy" rules={textRules(MAX_LENGTH.performedBy)}>
        <Input maxLength={MAX_LENGTH.performedBy} />
      </Form.Item>
    </FormModal>
  );
}
