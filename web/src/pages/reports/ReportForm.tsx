import { DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useCameraOptions } from '../../components/cameras/useCameraOptions.ts';
import { HOLDS_KEY } from '../holds/holds.ts';
import { FormModal } from '../registry/FormModal.tsx';
import { selectRules, textRules } from '../registry/rules.ts';
import { REPORT_SOURCES, REPORTS_KEY, type Report, type ReportBody, type ReportSource } from './reports.ts';

interface Values {
  cameraId: string;
  occurredAt: Dayjs;
  source: ReportSource;
  description: string;
}

/** What a report starts with when opened from the live wall or playback. */
export interface ReportPreset {
  cameraId?: string | undefined;
  at?: Date | string | undefined;
  source?: ReportSource | undefined;
}

/** The route's limit on the description. */
const MAX_DESCRIPTION = 4000;
/** How far ahead of this clock the server accepts a time (clock skew between the wall and the server). */
const FUTURE_SKEW_MS = 60_000;

/**
 * Reports suspicious information seen on a camera to the police (and the industry regulator where
 * the profile says so); the two minutes either side are held as a case the moment it is sent.
 */
export function ReportForm({
  preset,
  onCreated,
  onClose,
}: {
  preset: ReportPreset;
  onCreated?: (report: Report) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const cameras = useCameraOptions();
  const submit = async (v: Values) => {
    const body: ReportBody = {
      cameraId: v.cameraId,
      occurredAt: v.occurredAt.toISOString(),
      source: v.source,
      description: v.description.trim(),
    };
    const report = await unwrap(api.POST('/api/v1/reports', { body }));
    onCreated?.(report);
    return report;
  };
  return (
    <FormModal<Values>
      name="report"
      title={t('reports.create')}
      initialValues={{
        cameraId: preset.cameraId,
        occurredAt: dayjs(preset.at ?? new Date()),
        source: preset.source ?? (preset.at === undefined ? 'live' : 'playback'),
      }}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[REPORTS_KEY], [HOLDS_KEY]]}
      submitText={t('reports.submit')}
    >
      <Typography.Paragraph type="secondary">{t('reports.create.help')}</Typography.Paragraph>
      <Form.Item label={t('reports.field.camera')} name="cameraId" rules={selectRules(t, t('reports.field.camera'))}>
        <Select showSearch={{ optionFilterProp: 'label' }} loading={cameras.loading} options={cameras.groups} />
      </Form.Item>
      <Form.Item
        label={t('reports.field.occurredAt')}
        name="occurredAt"
        rules={[
          { required: true, message: t('registry.rule.select', { field: t('reports.field.occurredAt') }) },
          {
            validator: (_rule, value: Dayjs | null | undefined) =>
              !value || value.valueOf() <= Date.now() + FUTURE_SKEW_MS
                ? Promise.resolve()
                : Promise.reject(new Error(t('reports.rule.future'))),
          },
        ]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm:ss' }}
          format="YYYY-MM-DD HH:mm:ss"
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item label={t('reports.field.source')} name="source" rules={selectRules(t, t('reports.field.source'))}>
        <Radio.Group
          optionType="button"
          options={REPORT_SOURCES.map((s) => ({ value: s, label: t(`reports.source.${s}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('reports.field.description')} name="description" rules={textRules(MAX_DESCRIPTION, true)}>
        <Input.TextArea rows={5} maxLength={MAX_DESCRIPTION} showCount />
      </Form.Item>
    </FormModal>
  );
}
