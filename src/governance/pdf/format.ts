// How printed forms write dates and empty fields: Beijing dates, 年月日 in running text.
import { chinaDate } from '../../compliance/calendar.ts';

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** '2026年05月01日' for an instant or a YYYY-MM-DD date; '—' for none. */
export function zhDate(value: Date | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const day = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : chinaDate(new Date(value));
  return `${day.slice(0, 4)}年${day.slice(5, 7)}月${day.slice(8, 10)}日`;
}

/** '2026-05-01 16:00' in Beijing time; '—' for none. */
export function zhDateTime(value: Date | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const ms = new Date(value).getTime() + CHINA_OFFSET_MS;
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

/** The value, or '—' when there is none. */
export function orDash(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : String(value);
}

/** 是 / 否. */
export function yesNo(value: boolean): string {
  return value ? '是' : '否';
}
