import dayjs from 'dayjs';

/** An instant as the console shows it (local time to the second), or a dash for none. */
export const when = (iso: string | null | undefined): string =>
  iso === null || iso === undefined ? '—' : dayjs(iso).format('YYYY-MM-DD HH:mm:ss');
