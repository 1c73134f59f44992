const DAY_MS = 86_400_000;
// China keeps one time zone, UTC+8, without daylight saving: a deadline day is a Beijing date.
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Holiday data as shipped or configured: inclusive date ranges off work, and weekend days worked (调休). */
export interface CalendarData {
  source: string;
  coversYears: readonly number[];
  holidays: readonly (readonly [string, string])[];
  workingWeekends: readonly string[];
}

/** A working-day calendar: which dates are holidays and which weekend dates are worked. */
export interface Calendar {
  source: string;
  coversYears: ReadonlySet<number>;
  holidays: ReadonlySet<string>;
  workingWeekends: ReadonlySet<string>;
}

/** A calendar date, YYYY-MM-DD. */
export type DateOnly = string;

/** Builds a calendar from holiday ranges and 调休 working weekends. */
export function makeCalendar(data: CalendarData): Calendar {
  const holidays = new Set<string>();
  for (const [from, to] of data.holidays) {
    for (let d = from; d <= to; d = addDays(d, 1)) holidays.add(d);
  }
  return {
    source: data.source,
    coversYears: new Set(data.coversYears),
    holidays,
    workingWeekends: new Set(data.workingWeekends),
  };
}

/** The Beijing calendar date of an instant. */
export function chinaDate(at: Date): DateOnly {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

function toDateOnly(d: Date | DateOnly): DateOnly {
  return typeof d === 'string' ? d.slice(0, 10) : chinaDate(d);
}

/** Adds calendar days to a date. */
export function addDays(date: Date | DateOnly, n: number): DateOnly {
  const base = Date.parse(`${toDateOnly(date)}T00:00:00Z`);
  return new Date(base + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: Date | DateOnly, b: Date | DateOnly): number {
  return Math.round((Date.parse(`${toDateOnly(b)}T00:00:00Z`) - Date.parse(`${toDateOnly(a)}T00:00:00Z`)) / DAY_MS);
}

/** True on a working day: Monday–Friday that is not a holiday, or a 调休 weekend day. */
export function isWorkingDay(date: Date | DateOnly, calendar: Calendar): boolean {
  const d = toDateOnly(date);
  if (calendar.workingWeekends.has(d)) return true;
  if (calendar.holidays.has(d)) return false;
  const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The n-th working day after `date` (the day itself is not counted): a change on a Friday with
 * 3 working days (辽宁 第十二条) is due the next Wednesday, later when holidays intervene.
 */
export function addWorkingDays(date: Date | DateOnly, n: number, calendar: Calendar): DateOnly {
  let d = toDateOnly(date);
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d, calendar)) left -= 1;
  }
  return d;
}

/**
 * The last day of a period of n calendar days from `date`: the start day is not counted and a
 * last day that falls on a rest day moves to the next working day (民法典 第二百零一条、第二百零三条).
 */
export function deadline(date: Date | DateOnly, n: number, calendar: Calendar): DateOnly {
  let d = addDays(date, n);
  while (!isWorkingDay(d, calendar)) d = addDays(d, 1);
  return d;
}
