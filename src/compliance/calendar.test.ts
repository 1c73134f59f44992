import { describe, expect, it } from 'vitest';
import { CHINA_HOLIDAYS_2024_2026 } from './calendar-cn.ts';
import { addWorkingDays, chinaDate, deadline, isWorkingDay, makeCalendar } from './calendar.ts';

const cn = makeCalendar(CHINA_HOLIDAYS_2024_2026);
const weekendsOnly = makeCalendar({ source: 'none', coversYears: [], holidays: [], workingWeekends: [] });

describe('working days (辽宁 第十二条: 3个工作日)', () => {
  it('a change on Friday 2024-06-14 is due Wednesday 2024-06-19, skipping the weekend', () => {
    expect(addWorkingDays('2024-06-14', 3, cn)).toBe('2024-06-19');
  });

  it('skips a listed holiday: Friday 2024-06-07 with 端午 on Monday 06-10 is due Thursday 06-13, not Wednesday', () => {
    expect(addWorkingDays('2024-06-07', 3, cn)).toBe('2024-06-13');
    expect(addWorkingDays('2024-06-07', 3, weekendsOnly)).toBe('2024-06-12');
    expect(addWorkingDays('2024-06-07', 1, weekendsOnly)).toBe('2024-06-10');
    expect(addWorkingDays('2024-06-07', 1, cn)).toBe('2024-06-11');
  });

  it('counts a 调休 working Saturday: 2025-09-26 (Fri) + 1 is Sunday 2025-09-28, a day worked before 国庆', () => {
    expect(isWorkingDay('2025-09-28', cn)).toBe(true);
    expect(addWorkingDays('2025-09-26', 1, cn)).toBe('2025-09-28');
    expect(addWorkingDays('2025-09-26', 2, cn)).toBe('2025-09-29');
  });

  it('the 2026 Spring Festival (02-15 to 02-23) is off and Saturday 02-14 is worked', () => {
    expect(isWorkingDay('2026-02-16', cn)).toBe(false);
    expect(isWorkingDay('2026-02-14', cn)).toBe(true);
    expect(addWorkingDays('2026-02-13', 2, cn)).toBe('2026-02-24');
  });
});

describe('calendar-day periods (民法典 第二百零一条、第二百零三条)', () => {
  it('does not count the start day and moves a last day off work to the next working day', () => {
    expect(deadline('2024-06-03', 30, cn)).toBe('2024-07-03');
    // 2024-09-15 + 30 = 2024-10-15 (Tuesday): stays
    expect(deadline('2024-09-15', 30, cn)).toBe('2024-10-15');
    // 2024-09-01 + 30 = 2024-10-01, 国庆: moves to 2024-10-08
    expect(deadline('2024-09-01', 30, cn)).toBe('2024-10-08');
  });

  it('reads instants as Beijing dates', () => {
    expect(chinaDate(new Date('2024-06-14T17:00:00Z'))).toBe('2024-06-15');
    expect(chinaDate(new Date('2024-06-14T15:59:59Z'))).toBe('2024-06-14');
  });

  it('ships the years it says it covers', () => {
    expect([...cn.coversYears]).toEqual([2024, 2025, 2026]);
    expect(cn.holidays.has('2024-10-07')).toBe(true);
    expect(cn.holidays.has('2025-10-08')).toBe(true);
  });
});
