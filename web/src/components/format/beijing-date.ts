const BEIJING_OFFSET_MS = 8 * 3_600_000;

/**
 * The Beijing date (YYYY-MM-DD) of an instant, now by default. The server counts deadlines and
 * filing days in Beijing dates (China Standard Time, no daylight saving), whatever the browser's
 * zone: a form must not offer a "today" the server calls tomorrow.
 */
export function beijingDate(at: string | number = Date.now()): string {
  return new Date(new Date(at).getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}
