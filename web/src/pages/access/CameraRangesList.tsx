import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../i18n/i18n.tsx';
import { LabelledRangePicker, rangeStartId } from './LabelledRangePicker.tsx';
import { rangeRules } from './rules.ts';
import { useCameraOptions } from '../../components/cameras/useCameraOptions.ts';

/** Quick ranges for the picker: footage up to now. */
function usePresets(): { label: string; value: () => [Dayjs, Dayjs] }[] {
  const { t } = useI18n();
  return [
    { label: t('access.range.lastHour'), value: () => [dayjs().subtract(1, 'hour'), dayjs()] },
    { label: t('access.range.last24h'), value: () => [dayjs().subtract(24, 'hour'), dayjs()] },
    { label: t('access.range.today'), value: () => [dayjs().startOf('day'), dayjs()] },
  ];
}

/** The cameras and time ranges a request asks for (items: camera + range), at least one. */
export function CameraRangesList({ max }: { max: number }) {
  const { t } = useI18n();
  const cameras = useCameraOptions();
  const presets = usePresets();
  return (
    <Form.List
      name="items"
      rules={[
        {
          validator: (_r, items: unknown[] | undefined) =>
            (items?.length ?? 0) >= 1 ? Promise.resolve() : Promise.reject(new Error(t('access.rule.items'))),
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <div data-testid="access-items">
          {fields.map((field, i) => (
            <div key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start', flexWrap: 'wrap' }}>
              <Form.Item
                name={[field.name, 'cameraId']}
                label={t('access.item.camera', { n: i + 1 })}
                rules={[{ required: true, message: t('access.rule.camera') }]}
                style={{ flex: '1 1 220px', minWidth: 0 }}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={cameras.loading}
                  options={cameras.groups}
                  data-testid="access-item-camera"
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'range']}
                label={t('access.item.range', { n: i + 1 })}
                htmlFor={rangeStartId(`access-item-${field.key}`)}
                rules={rangeRules(t)}
                style={{ flex: '2 1 360px', minWidth: 0 }}
              >
                <LabelledRangePicker
                  idBase={`access-item-${field.key}`}
                  endLabel={t('access.item.rangeEnd', { n: i + 1 })}
                  showTime={{ format: 'HH:mm:ss' }}
                  format="YYYY-MM-DD HH:mm:ss"
                  presets={presets}
                  style={{ width: '100%' }}
                  data-testid="access-item-range"
                />
              </Form.Item>
              <Button
                aria-label={t('access.item.remove', { n: i + 1 })}
                icon={<DeleteOutlined />}
                disabled={fields.length <= 1}
                style={{ marginTop: 30 }}
                onClick={() => {
                  remove(field.name);
                }}
              />
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            disabled={fields.length >= max}
            onClick={() => {
              add();
            }}
            style={{ marginBottom: 16 }}
          >
            {t('access.item.add')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
