// Form rules of the operating records beyond the registry's text and select rules: times that may
// not lie ahead of the clock (the server allows a minute of skew), and the duty roster.
import type { FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { I18n } from '../../i18n/i18n.tsx';
import { MAX_LENGTH } from './records.ts';

/** How far ahead of the clock a recorded time may lie (the server's SKEW_MS). */
const SKEW_MS = 60_000;

/** A picked time that has happened (openedAt, repairedAt, performedAt, a shift's start). */
export function pastRules(t: I18n['t'], required: boolean): FormRule[] {
  return [
    ...(required ? [{ required: true }] : []),
    {
      validator: (_rule, value: Dayjs | null | undefined) =>
        value && value.valueOf() > Date.now() + SKEW_MS
          ? Promise.reject(new Error(t('operations.rule.future')))
          : Promise.resolve(),
    },
  ];
}

/** Days after today cannot be picked for something that has happened. */
export const afterToday = (d: Dayjs): boolean => d.isAfter(dayjs(), 'day');

/** Who was on duty: 1 to 20 names of at most 100 characters. */
export function staffRules(t: I18n['t']): FormRule[] {
  return [
    { required: true, type: 'array', min: 1, message: t('operations.rule.staff') },
    {
      type: 'array',
      max: MAX_LENGTH.staffCount,
      message: t('operations.rule.staffCount', { max: MAX_LENGTH.staffCount }),
    },
    {
      validator: (_rule, value: string[] | undefined) =>
        (value ?? []).some((n) => n.trim() === '' || n.trim().length > MAX_LENGTH.staffName)
          ? Promise.reject(new Error(t('operations.rule.staffName', { max: MAX_LENGTH.staffName })))
          : Promise.resolve(),
    },
  ];
}
