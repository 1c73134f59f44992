import { DatePicker, Form, Input, Select, type FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n, type I18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { selectRules, textRules } from '../registry/rules.ts';
import { INSPECTION_KINDS } from './enums.ts';
import { SUPERVISION_KEY, useInspectableUnits, useOrders } from './queries.ts';
import type { InspectionKind, PlanBody } from './types.ts';

interface Values {
  orgId: string;
  plannedFor: Dayjs;
  kind: InspectionKind;
  orderId?: string | undefined;
  inspectors: string[];
  notes?: string | undefined;
}

/** The route's limits on the inspectors: 1 to 20 names of at most 100 characters. */
const MAX_INSPECTORS = 20;
const MAX_INSPECTOR_NAME = 100;

function inspectorRules(t: I18n['t']): FormRule[] {
  return [
    {
      validator: (_rule, value: unknown) => {
        const names = Array.isArray(value) ? value.map((v) => String(v).trim()).filter((v) => v !== '') : [];
        if (names.length === 0) return Promise.reject(new Error(t('supervision.rule.inspectors')));
        if (names.length > MAX_INSPECTORS) {
          return Promise.reject(new Error(t('supervision.rule.inspectorsMax', { max: MAX_INSPECTORS })));
        }
        if (names.some((n) => n.length > MAX_INSPECTOR_NAME)) {
          return Promise.reject(new Error(t('supervision.rule.inspectorName', { max: MAX_INSPECTOR_NAME })));
        }
        return Promise.resolve();
      },
    },
  ];
}

/** A re-inspection follows up an order of the chosen unit that is not yet rectified. */
function OrderField() {
  const { t } = useI18n();
  // What the form holds while it is filled in: any field may still be empty.
  const form = Form.useFormInstance<Partial<Values>>();
  const orgId = Form.useWatch('orgId', form);
  const kind = Form.useWatch('kind', form);
  const orders = useOrders(orgId === undefined ? {} : { orgId }, orgId !== undefined && kind === 'reinspection');
  if (kind !== 'reinspection') return null;
  return (
    <Form.Item
      label={t('supervision.field.order')}
      name="orderId"
      rules={selectRules(t, t('supervision.field.order'))}
      extra={t('supervision.help.reinspection')}
    >
      <Select
        loading={orders.isFetching}
        options={(orders.data ?? [])
          .filter((o) => o.status !== 'rectified')
          .map((o) => ({
            value: o.id,
            label: t('supervision.order.option', {
              no: o.documentNo ?? o.id.slice(-8),
              deadline: o.deadline,
              status: t(`supervision.orderStatus.${o.status}`),
            }),
          }))}
      />
    </Form.Item>
  );
}

/**
 * Plans an inspection of a unit (police, regulators): the day, the kind, the inspectors; the
 * server generates the checklist from the rules in force, pre-filled with what psvis knows.
 */
export function PlanInspectionForm({
  preset,
  onCreated,
  onClose,
}: {
  /** A re-inspection of this order, from the orders list. */
  preset: { orgId: string; orderId: string } | null;
  onCreated: (inspectionId: string) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const user = useUser();
  const { units, loading } = useInspectableUnits();
  const submit = async (v: Values) => {
    const notes = v.notes?.trim() ?? '';
    const body: PlanBody = {
      orgId: v.orgId,
      plannedFor: v.plannedFor.format('YYYY-MM-DD'),
      kind: v.kind,
      inspectors: v.inspectors.map((n) => n.trim()).filter((n) => n !== ''),
      ...(v.kind === 'reinspection' && v.orderId !== undefined ? { orderId: v.orderId } : {}),
      ...(notes === '' ? {} : { notes }),
    };
    const created = await unwrap(api.POST('/api/v1/inspections', { body }));
    onCreated(created.id);
  };
  return (
    <FormModal<Values>
      name="inspection-plan"
      title={t(preset === null ? 'supervision.inspection.plan' : 'supervision.inspection.reinspect')}
      initialValues={{
        orgId: preset?.orgId,
        orderId: preset?.orderId,
        kind: preset === null ? 'routine' : 'reinspection',
        plannedFor: dayjs(),
        inspectors: [user.displayName],
      }}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[SUPERVISION_KEY]]}
      submitText={t('supervision.inspection.planSubmit')}
    >
      <Form.Item label={t('supervision.field.unit')} name="orgId" rules={selectRules(t, t('supervision.field.unit'))}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={loading}
          disabled={preset !== null}
          options={units.map((o) => ({ value: o.id, label: o.name }))}
        />
      </Form.Item>
      <Form.Item
        label={t('supervision.field.plannedFor')}
        name="plannedFor"
        rules={[{ required: true, message: t('registry.rule.select', { field: t('supervision.field.plannedFor') }) }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label={t('supervision.field.kind')} name="kind" rules={selectRules(t, t('supervision.field.kind'))}>
        <Select
          disabled={preset !== null}
          options={INSPECTION_KINDS.map((k) => ({ value: k, label: t(`supervision.kind.${k}`) }))}
        />
      </Form.Item>
      <OrderField />
      <Form.Item
        label={t('supervision.field.inspectors')}
        name="inspectors"
        rules={inspectorRules(t)}
        extra={t('supervision.help.inspectors')}
      >
        <Select mode="tags" open={false} tokenSeparators={[',', '，', '、', ';']} />
      </Form.Item>
      <Form.Item label={t('supervision.field.notes')} name="notes" rules={textRules(2000)}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
