import { parseApiDate } from '@/api/lenient';

/** BCP 47 locale for each UI language. */
export const LOCALES = { en: 'en-GB', nb: 'nb-NO' } as const;
export type Language = keyof typeof LOCALES;

export function localeOf(language: string): string {
  return language === 'nb' ? LOCALES.nb : LOCALES.en;
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: () => T,
): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

export function formatDateTime(raw: string | undefined, locale: string): string | undefined {
  const date = parseApiDate(raw);
  if (!date) return undefined;
  return cached(
    `dt:${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(date);
}

export function formatDate(raw: string | undefined, locale: string): string | undefined {
  const date = parseApiDate(raw);
  if (!date) return undefined;
  return cached(
    `d:${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }),
  ).format(date);
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
  const rtf = cached(
    `rt:${locale}`,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  );
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.trunc(seconds / size), unit);
  }
  return rtf.format(0, 'minute');
}

export function formatNumber(value: number, locale: string): string {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
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
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
