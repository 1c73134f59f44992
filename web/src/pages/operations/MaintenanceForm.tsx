import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { useAll } from '../registry/lists.ts';
import { selectRules, textRules } from '../registry/rules.ts';
import {
  MAINTENANCE_KINDS,
  MAX_LENGTH,
  OPERATIONS_KEY,
  type Agreement,
  type MaintenanceBody,
  type MaintenanceKind,
} from './records.ts';
import { afterToday, pastRules } from './rules.ts';

interface Values {
  systemId: string;
  cameraId?: string | undefined;
  kind: MaintenanceKind;
  performedAt: Dayjs;
  performedBy: string;
  description: string;
  agreementId?: string | undefined;
}

function bodyOf(v: Values): MaintenanceBody {
  return {
    systemId: v.systemId,
    ...(v.cameraId !== undefined ? { cameraId: v.cameraId } : {}),
    kind: v.kind,
    performedAt: v.performedAt.toISOString(),
    performedBy: v.performedBy.trim(),
    description: v.description.trim(),
    ...(v.agreementId !== undefined ? { agreementId: v.agreementId } : {}),
  };
}

/**
 * Records maintenance of a system (国家 第十五条第一款: 定期维护): a periodic check, a repair, an
 * upgrade, optionally of one camera and under an outsourcing agreement covering the system.
 */
export function MaintenanceForm({ agreements, onClose }: { agreements: readonly Agreement[]; onClose: () => void }) {
  const { t } = useI18n();
  const user = useUser();
  const systems = useAll('/api/v1/systems');
  return (
    <FormModal<Values>
      name="maintenance"
      title={t('operations.maintenance.create')}
      initialValues={{ kind: 'periodic_check', performedAt: dayjs(), performedBy: user.displayName }}
      onSubmit={(v) => unwrap(api.POST('/api/v1/maintenance-records', { body: bodyOf(v) }))}
      onClose={onClose}
      invalidates={[[OPERATIONS_KEY]]}
    >
      <Form.Item
        label={t('operations.field.system')}
        name="systemId"
        rules={selectRules(t, t('operations.field.system'))}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={systems.isPending}
          options={(systems.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
      </Form.Item>
      <SystemScopedFields agreements={agreements} />
      <Form.Item
        label={t('operations.maintenance.kind')}
        name="kind"
        rules={selectRules(t, t('operations.maintenance.kind'))}
      >
        <Select options={MAINTENANCE_KINDS.map((k) => ({ value: k, label: t(`operations.maintenance.kind.${k}`) }))} />
      </Form.Item>
      <Form.Item label={t('operations.maintenance.performedAt')} name="performedAt" rules={pastRules(t, true)}>
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          disabledDate={afterToday}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item
        label={t('operations.field.performedBy')}
        name="performedBy"
        rules={textRules(MAX_LENGTH.performedBy, true)}
      >
        <Input maxLength={MAX_LENGTH.performedBy} />
      </Form.Item>
      <Form.Item
        label={t('operations.maintenance.description')}
        name="description"
        rules={textRules(MAX_LENGTH.description, true)}
      >
        <Input.TextArea rows={3} maxLength={MAX_LENGTH.description} />
      </Form.Item>
    </FormModal>
  );
}

/** The camera and agreement choices, among those of the chosen system. */
function SystemScopedFields({ agreements }: { agreements: readonly Agreement[] }) {
  const { t } = useI18n();
  const cameras = useAll('/api/v1/cameras');
  const form = Form.useFormInstance<Values>();
  const systemId = Form.useWatch('systemId', form) as string | undefined;
  // An agreement in force that covers the system (the server refuses one that does not).
  const covering = agreements.filter(
    (a) => systemId !== undefined && a.systemIds.includes(systemId) && a.terminatedAt === null,
  );
  return (
    <>
      <Form.Item label={t('operations.field.camera')} name="cameraId" extra={t('operations.maintenance.cameraHelp')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={(cameras.data ?? [])
            .filter((c) => c.systemId === systemId)
            .map((c) => ({ value: c.id, label: c.name }))}
        />
      </Form.Item>
      <Form.Item label={t('operations.maintenance.agreement')} name="agreementId">
        <Select
          allowClear
          options={covering.map((a) => ({ value: a.id, label: `${a.reference} · ${a.contractorName}` }))}
        />
      </Form.Item>
    </>
  );
}
