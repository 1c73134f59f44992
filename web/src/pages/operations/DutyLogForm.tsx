import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { useAll } from '../registry/lists.ts';
import { selectRules, textRules } from '../registry/rules.ts';
import { MAX_LENGTH, MAX_SHIFT_HOURS, OPERATIONS_KEY, type DutyLogBody } from './records.ts';
import { afterToday, staffRules } from './rules.ts';

interface Values {
  orgId: string;
  siteId?: string | undefined;
  staff: string[];
  shift: [Dayjs, Dayjs];
  notes?: string | undefined;
  events?: { at: Dayjs; text: string; cameraId?: string | undefined }[];
}

/** A trimmed text, or nothing for a blank input. */
const optional = (s: string | undefined): string | undefined => {
  const x = s?.trim() ?? '';
  return x === '' ? undefined : x;
};

function bodyOf(v: Values): DutyLogBody {
  const notes = optional(v.notes);
  return {
    orgId: v.orgId,
    ...(v.siteId !== undefined ? { siteId: v.siteId } : {}),
    staff: v.staff.map((s) => s.trim()),
    from: v.shift[0].toISOString(),
    to: v.shift[1].toISOString(),
    ...(notes !== undefined ? { notes } : {}),
    events: (v.events ?? []).map((e) => ({
      at: e.at.toISOString(),
      text: e.text.trim(),
      ...(e.cameraId !== undefined ? { cameraId: e.cameraId } : {}),
    })),
  };
}

/** Logs a duty shift of the monitoring room: who, from when to when, and what happened. */
export function DutyLogForm({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const user = useUser();
  const orgs = useAll('/api/v1/organizations');
  const submit = (v: Values) => unwrap(api.POST('/api/v1/duty-logs', { body: bodyOf(v) }));
  return (
    <FormModal<Values>
      name="duty-log"
      title={t('operations.duty.create')}
      width={720}
      initialValues={{
        orgId: user.orgId,
        staff: [user.displayName],
        shift: [dayjs().subtract(8, 'hour').startOf('hour'), dayjs().startOf('minute')],
      }}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[OPERATIONS_KEY]]}
    >
      <Form.Item label={t('operations.field.org')} name="orgId" rules={selectRules(t, t('operations.field.org'))}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={orgs.isPending}
          options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
      </Form.Item>
      <SiteField />
      <Form.Item
        label={t('operations.duty.staff')}
        name="staff"
        rules={staffRules(t)}
        extra={t('operations.duty.staffHelp')}
      >
        <Select mode="tags" open={false} suffix={null} tokenSeparators={[',', '，', '、']} />
      </Form.Item>
      <Form.Item
        label={t('operations.duty.shift')}
        name="shift"
        rules={[
          { required: true },
          {
            validator: (_rule, v: [Dayjs | null, Dayjs | null] | null | undefined) => {
              const [from, to] = v ?? [null, null];
              if (from === null || to === null) return Promise.resolve();
              if (!to.isAfter(from) || to.diff(from, 'hour', true) > MAX_SHIFT_HOURS) {
                return Promise.reject(new Error(t('operations.rule.shift', { hours: MAX_SHIFT_HOURS })));
              }
              if (from.isAfter(dayjs())) return Promise.reject(new Error(t('operations.rule.future')));
              return Promise.resolve();
            },
          },
        ]}
      >
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          disabledDate={afterToday}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item label={t('operations.field.notes')} name="notes" rules={textRules(MAX_LENGTH.notes)}>
        <Input.TextArea rows={2} maxLength={MAX_LENGTH.notes} />
      </Form.Item>
      <ShiftEventsField />
    </FormModal>
  );
}

/** The chosen organization (its sites and cameras are the ones offered). */
function useChosenOrg(): string | undefined {
  const form = Form.useFormInstance<Values>();
  return Form.useWatch('orgId', form);
}

/** The monitoring room's site, among the chosen organization's sites. */
function SiteField() {
  const { t } = useI18n();
  const sites = useAll('/api/v1/sites');
  const orgId = useChosenOrg();
  return (
    <Form.Item label={t('operations.duty.site')} name="siteId">
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={sites.isPending}
        options={(sites.data ?? []).filter((s) => s.orgId === orgId).map((s) => ({ value: s.id, label: s.name }))}
      />
    </Form.Item>
  );
}

/** What happened during the shift: a time within it, what, and the camera concerned. */
function ShiftEventsField() {
  const { t } = useI18n();
  const cameras = useAll('/api/v1/cameras');
  const orgId = useChosenOrg();
  const form = Form.useFormInstance<Values>();
  return (
    <Form.List name="events">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, i) => (
            <Flex key={field.key} gap={8} align="start" data-testid="duty-event">
              <Form.Item
                label={t('operations.duty.eventAt', { n: i + 1 })}
                name={[field.name, 'at']}
                dependencies={['shift']}
                style={{ width: 200 }}
                rules={[
                  { required: true },
                  ({ getFieldValue }) => ({
                    validator: (_rule, at: Dayjs | undefined) => {
                      const [from, to] = (getFieldValue('shift') as [Dayjs, Dayjs] | undefined) ?? [];
                      if (at === undefined || from === undefined || to === undefined) return Promise.resolve();
                      return at.isBefore(from) || at.isAfter(to)
                        ? Promise.reject(new Error(t('operations.rule.eventInShift')))
                        : Promise.resolve();
                    },
                  }),
                ]}
              >
                <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item
                label={t('operations.duty.eventText', { n: i + 1 })}
                name={[field.name, 'text']}
                rules={textRules(MAX_LENGTH.eventText, true)}
                style={{ flex: '1 1 auto' }}
              >
                <Input maxLength={MAX_LENGTH.eventText} />
              </Form.Item>
              <Form.Item
                label={t('operations.duty.eventCamera', { n: i + 1 })}
                name={[field.name, 'cameraId']}
                style={{ width: 180 }}
              >
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  options={(cameras.data ?? [])
                    .filter((c) => c.orgId === orgId)
                    .map((c) => ({ value: c.id, label: c.name }))}
                />
              </Form.Item>
              <Button
                type="text"
                icon={<MinusCircleOutlined />}
                aria-label={t('operations.duty.eventRemove', { n: i + 1 })}
                style={{ marginTop: 30 }}
                onClick={() => {
                  remove(field.name);
                }}
              />
            </Flex>
          ))}
          {fields.length < MAX_LENGTH.events && (
            <Form.Item>
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                data-testid="duty-event-add"
                onClick={() => {
                  // A new event starts at the shift's end, the time most often meant; the user moves it.
                  const shift = form.getFieldValue('shift') as Values['shift'] | undefined;
                  add({ at: shift?.[1] ?? dayjs() });
                }}
              >
                {t('operations.duty.eventAdd')}
              </Button>
            </Form.Item>
          )}
        </>
      )}
    </Form.List>
  );
}
