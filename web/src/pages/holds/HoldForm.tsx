import { DatePicker, Form, Input, Select, type FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n, type I18n } from '../../i18n/i18n.tsx';
import { useCameraOptions } from '../../components/cameras/useCameraOptions.ts';
import { FormModal } from '../registry/FormModal.tsx';
import { selectRules, textRules } from '../registry/rules.ts';
import { HOLDS_KEY, kindsFor, type HoldBody, type HoldKind } from './holds.ts';

interface Values {
  cameraId: string;
  range: [Dayjs | null, Dayjs | null] | null;
  kind: HoldKind;
  reference: string;
  reason: string;
  until?: Dayjs | null | undefined;
}

/** The route's limits. */
const MAX_REFERENCE = 200;
const MAX_REASON = 2000;

function rangeRules(t: I18n['t']): FormRule[] {
  return [
    {
      validator: (_rule, value: Values['range'] | undefined) => {
        const [from, to] = value ?? [null, null];
        if (from === null || to === null) return Promise.reject(new Error(t('holds.rule.range')));
        return to.isAfter(from) ? Promise.resolve() : Promise.reject(new Error(t('holds.rule.rangeOrder')));
      },
    },
  ];
}

function untilRules(t: I18n['t']): FormRule[] {
  return [
    ({ getFieldValue }) => ({
      validator: (_rule, value: Dayjs | null | undefined) => {
        if (!value) return Promise.resolve();
        if (!value.isAfter(dayjs())) return Promise.reject(new Error(t('holds.rule.untilFuture')));
        const range = getFieldValue('range') as Values['range'] | undefined;
        const to = range?.[1] ?? null;
        return to !== null && !value.isAfter(to)
          ? Promise.reject(new Error(t('holds.rule.untilAfterRange')))
          : Promise.resolve();
      },
    }),
  ];
}

/**
 * Places a hold (信息保全): the camera and range, why (a case, footage of important value, an
 * authority's order) with its reference, and until when; the kinds offered are those the role may place.
 */
export function HoldForm({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const user = useUser();
  const cameras = useCameraOptions();
  const kinds = kindsFor(user.role);
  const submit = async (v: Values) => {
    const [from, to] = v.range ?? [null, null];
    if (from === null || to === null) throw new Error(t('holds.rule.range'));
    const body: HoldBody = {
      cameraId: v.cameraId,
      from: from.toISOString(),
      to: to.toISOString(),
      kind: v.kind,
      reference: v.reference.trim(),
      reason: v.reason.trim(),
      ...(v.until ? { until: v.until.toISOString() } : {}),
    };
    // An important-footage hold ending inside the floor (辽宁 第十四条(七)) is refused with the
    // article and the earliest end, in both languages (PSVIS_ERR_RETENTION_FLOOR).
    return unwrap(api.POST('/api/v1/holds', { body }));
  };
  return (
    <FormModal<Values>
      name="hold"
      title={t('holds.create')}
      initialValues={{ kind: kinds.length === 1 ? kinds[0] : undefined }}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[HOLDS_KEY]]}
      submitText={t('holds.place')}
    >
      <Form.Item label={t('holds.field.camera')} name="cameraId" rules={selectRules(t, t('holds.field.camera'))}>
        <Select showSearch={{ optionFilterProp: 'label' }} loading={cameras.loading} options={cameras.groups} />
      </Form.Item>
      <Form.Item label={t('holds.field.range')} name="range" rules={rangeRules(t)} required>
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm:ss' }}
          format="YYYY-MM-DD HH:mm:ss"
          style={{ width: '100%' }}
          placeholder={[t('common.from'), t('common.to')]}
        />
      </Form.Item>
      <Form.Item label={t('holds.field.kind')} name="kind" rules={selectRules(t, t('holds.field.kind'))}>
        <Select options={kinds.map((k) => ({ value: k, label: t(`holds.kind.${k}`) }))} disabled={kinds.length === 1} />
      </Form.Item>
      <Form.Item
        label={t('holds.field.reference')}
        name="reference"
        rules={textRules(MAX_REFERENCE, true)}
        extra={t('holds.help.reference')}
      >
        <Input maxLength={MAX_REFERENCE} />
      </Form.Item>
      <Form.Item label={t('holds.field.reason')} name="reason" rules={textRules(MAX_REASON, true)}>
        <Input.TextArea rows={3} maxLength={MAX_REASON} />
      </Form.Item>
      <Form.Item
        label={t('holds.field.until')}
        name="until"
        rules={untilRules(t)}
        dependencies={['range']}
        extra={t('holds.help.until')}
      >
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
