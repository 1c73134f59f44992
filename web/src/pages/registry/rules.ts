// Form rules mirroring the server's zod schemas (src/registry/schemas.ts, the user and compliance
// routes), so a form says what is wrong before it is sent. Required, length and range messages
// come from Ant Design's locale ("请输入名称", "名称最多200个字符"); patterns say what they expect.
import type { FormRule } from 'antd';
import type { I18n } from '../../i18n/i18n.tsx';

const trim = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

/** A trimmed string of at most `max` characters (z.string().trim().max(max)), required or not (min(1)). */
export function textRules(max: number, required = false): FormRule[] {
  return [...(required ? [{ required: true, whitespace: true }] : []), { type: 'string', max, transform: trim }];
}

/** A required choice in a select, with a "select the …" message. */
export function selectRules(t: I18n['t'], field: string): FormRule[] {
  return [{ required: true, message: t('registry.rule.select', { field }) }];
}

/** A number in [min, max] (z.number().min().max(), .int() when `integer`). */
export function numberRules(min: number, max: number, integer = false): FormRule[] {
  return [{ type: integer ? 'integer' : 'number', min, max }];
}

// GB/T 28181-2016 Appendix D: 20 digits; digits 11-13 are the type code, 131 摄像机 or 132 网络摄像机
// (src/gb28181/device-id.ts validateCameraDeviceId).
const CAMERA_TYPE_CODES = new Set(['131', '132']);

/** A camera's GB/T 28181 device ID. */
export function deviceIdRules(t: I18n['t']): FormRule[] {
  return [
    { required: true, whitespace: true },
    { pattern: /^\s*\d{20}\s*$/, message: t('registry.rule.deviceIdDigits') },
    {
      validator: (_rule, value: unknown) => {
        const id = typeof value === 'string' ? value.trim() : '';
        return /^\d{20}$/.test(id) && !CAMERA_TYPE_CODES.has(id.slice(10, 13))
          ? Promise.reject(new Error(t('registry.rule.deviceIdType', { code: id.slice(10, 13) })))
          : Promise.resolve();
      },
    },
  ];
}

/** A stream URL: rtsp, rtsps, http or https, at most 1000 characters. */
export function streamUrlRules(t: I18n['t']): FormRule[] {
  return [
    { type: 'string', max: 1000, transform: trim },
    { pattern: /^\s*(rtsp|rtsps|http|https):\/\//, message: t('registry.rule.streamUrl') },
  ];
}
