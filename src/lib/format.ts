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

/**
 * A date and time as a spreadsheet reads it (`2026-11-19 13:44`, local time): a CSV column that
 * sorts and filters as dates, in either language, where "19. nov. 2026, 13:44" is only text.
 */
export function formatSpreadsheetDateTime(raw: string | undefined): string | undefined {
  const date = parseApiDate(raw);
  if (!date) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
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

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago" / "for 3 dager siden"; `now` is injectable for tests. */
export function formatRelative(
  raw: string | undefined,
  locale: string,
  now: number = Date.now(),
): string | undefined {
  const date = parseApiDate(raw);
  if (!date) return undefined;
  const seconds = Math.round((date.getTime() - now) / 1000);
  const rtf = relativeTimeFormat(locale);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.trunc(seconds / size), unit);
  }
  return rtf.format(0, 'minute');
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
