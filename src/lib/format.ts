import { parseApiDate } from '@/api/lenient';
import { dateFormat, dateTimeFormat, numberFormat, relativeTimeFormat } from './formatters';

// The UI languages' locales live with the formatters; re-exported for the many callers here.
export { LOCALES, localeOf } from './formatters';
export type { Language } from './formatters';

export function formatDateTime(raw: string | undefined, locale: string): string | undefined {
  const date = parseApiDate(raw);
  if (!date) return undefined;
  return dateTimeFormat(locale).format(date);
}

const two = (n: number) => String(n).padStart(2, '0');

/** `2026-11-19`: the date in the user's time zone, sortable. */
export function localIsoDate(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/**
 * A date and time as a spreadsheet reads it (`2026-11-19 13:44`, local time): a CSV column that
 * sorts and filters as dates, in either language, where "19. nov. 2026, 13:44" is only text.
 */
export function formatSpreadsheetDateTime(raw: string | undefined): string | undefined {
  const date = parseApiDate(raw);
  if (!date) return undefined;
  return `${localIsoDate(date)} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/**
 * A Norwegian phone number as people write it: `+47 923 45 678` (mobile), `+47 22 33 44 55`
 * (other), whether the API sent `4792345678`, `+4792345678` or `92345678`. Anything else is shown
 * as it came.
 */
export function formatPhone(raw: string): string {
  const match = /^(?:\+?47)?([2-9]\d{7})$/.exec(raw.replace(/[\s().-]/g, ''));
  const n = match?.[1];
  if (!n) return raw;
  return /^[49]/.test(n)
    ? `+47 ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`
    : `+47 ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`;
}

export function formatDate(raw: string | undefined, locale: string): string | undefined {
  const date = parseApiDate(raw);
  if (!date) return undefined;
  return dateFormat(locale).format(date);
}

const DAY_MS = 24 * 3600 * 1000;

/** Calendar days from `now`'s date to `date`'s, in the user's time zone (negative: before). */
function calendarDays(date: Date, now: number): number {
  const midnight = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  // Rounded: a day with a daylight-saving change is 23 or 25 hours long.
  return Math.round((midnight(date) - midnight(new Date(now))) / DAY_MS);
}

/**
 * "3 days ago" / "for 3 dager siden"; `now` is injectable for tests. Within a day, in minutes or
 * hours; from a day on, in calendar days (the day before today is "yesterday" at any hour), then
 * in the nearest number of weeks, months or years — two times on the same day always read alike.
 */
export function formatRelative(
  raw: string | undefined,
  locale: string,
  now: number = Date.now(),
): string | undefined {
  const date = parseApiDate(raw);
  if (!date) return undefined;
  const rtf = relativeTimeFormat(locale);
  const seconds = Math.round((date.getTime() - now) / 1000);
  if (Math.abs(seconds) < 24 * 3600) {
    return Math.abs(seconds) >= 3600
      ? rtf.format(Math.trunc(seconds / 3600), 'hour')
      : rtf.format(Math.trunc(seconds / 60), 'minute');
  }
  const days = calendarDays(date, now);
  const size = Math.abs(days);
  if (size < 7) return rtf.format(days, 'day');
  if (size < 30) return rtf.format(Math.round(days / 7), 'week');
  // (11.5 months and more are a year: not "12 months ago".)
  if (size < 345) return rtf.format(Math.round(days / 30), 'month');
  return rtf.format(Math.round(days / 365), 'year');
}

export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale).format(value);
}

/** 1536 → "1.5 KB" (decimal separator per locale). */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  // One decimal below 100, rounded up: a file just over a 10 MB limit reads "10.1 MB", never
  // "10 MB" beside it.
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const shown = Math.ceil(Math.max(0, value * 10 ** digits - 1e-9)) / 10 ** digits; // 0 B, not -0 B
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(shown)} ${units[unit]}`;
}
