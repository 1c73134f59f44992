// Limits and form rules mirroring the server (src/governance/access/schemas.ts and policy.ts), so
// a form says what is wrong before it is sent; the server decides in the end.
import type { FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import type { I18n } from '../../i18n/i18n.tsx';

/** Longest text of each field (z.string().trim().min(1).max(n) on the server). */
export const MAX_LENGTH = {
  legalBasis: 500,
  purpose: 2000,
  caseNo: 100,
  destination: 500,
  certificateRef: 200,
  username: 100,
  credentialNo: 64,
  reason: 2000,
  note: 2000,
  documentNumber: 100,
  documentIssuer: 200,
  citizenName: 100,
  idNumber: 64,
  contact: 100,
  unitHandler: 100,
  password: 256,
} as const;

/** Camera ranges one footage request may name. */
export const MAX_FOOTAGE_ITEMS = 50;
/** Camera ranges one citizen request may name. */
export const MAX_CITIZEN_ITEMS = 20;
/** Cameras one direct connection may name. */
export const MAX_DIRECT_CAMERAS = 200;
/** Officers one request may name. */
export const MAX_OFFICERS = 10;
/** Fewest officers who act together: two, as every local text asks (安徽 第二十二条, 辽宁 第十八条…). */
export const MIN_OFFICERS = 2;
/** The longest range one camera item may cover (MAX_ITEM_RANGE_MS). */
const MAX_ITEM_RANGE_MS = 62 * 24 * 3600 * 1000;
/** Largest approval document scan accepted (MAX_SCAN_BYTES). */
export const MAX_SCAN_BYTES = 10 * 1024 * 1024;
/** Scan formats accepted (SCAN_TYPES). */
export const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

/** A range of wall time [from, to) as a form holds it. */
export type RangeValue = [Dayjs, Dayjs];

/** A required camera range: from before to, at most 62 days. */
export function rangeRules(t: I18n['t']): FormRule[] {
  return [
    { required: true, message: t('access.rule.range') },
    {
      validator: (_r, value: RangeValue | null | undefined) => {
        if (value === null || value === undefined) return Promise.resolve();
        const ms = value[1].valueOf() - value[0].valueOf();
        if (ms <= 0) return Promise.reject(new Error(t('access.rule.rangeOrder')));
        if (ms > MAX_ITEM_RANGE_MS) return Promise.reject(new Error(t('access.rule.rangeTooLong')));
        return Promise.resolve();
      },
    },
  ];
}

/** An optional end of the grant: in the future (the server cuts it to 30 days). */
export function futureRules(t: I18n['t']): FormRule[] {
  return [
    {
      validator: (_r, value: Dayjs | null | undefined) =>
        value === null || value === undefined || value.valueOf() > Date.now()
          ? Promise.resolve()
          : Promise.reject(new Error(t('access.rule.future'))),
    },
  ];
}

/** A trimmed optional text: undefined when empty, so the body leaves the field out. */
export function optionalText(v: string | null | undefined): string | undefined {
  const s = v?.trim() ?? '';
  return s === '' ? undefined : s;
}
