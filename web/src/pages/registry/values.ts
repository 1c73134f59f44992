// Form values → request bodies: empty inputs become null (the API's "not set"), dates the
// YYYY-MM-DD the server takes, and an edit sends only what the user changed.
import dayjs, { type Dayjs } from 'dayjs';

/** A trimmed text, or null for an empty input. */
export function textOrNull(v: string | null | undefined): string | null {
  const s = v?.trim() ?? '';
  return s === '' ? null : s;
}

/** A number, or null for an empty input. */
export function numberOrNull(v: number | null | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A picked day as YYYY-MM-DD, or null. */
export function dayOrNull(d: Dayjs | null | undefined): string | null {
  return d ? d.format('YYYY-MM-DD') : null;
}

/** A stored date or date-time as a picker value. */
export function toDay(s: string | null | undefined): Dayjs | undefined {
  return s ? dayjs(s) : undefined;
}

/**
 * The fields of `next` that differ from `before`. A PATCH then changes (and audits) only what the
 * user changed: re-sending an unchanged site or location of a camera would mark its system as
 * changed, which starts a re-filing deadline (辽宁 第十二条).
 */
export function changedOnly<T extends object>(next: T, before: object): Partial<T> {
  const old = before as Record<string, unknown>;
  return Object.fromEntries(Object.entries(next).filter(([k, v]) => v !== undefined && v !== old[k])) as Partial<T>;
}
