/*
 * The Intl formatters the portal uses, one per locale, built once. Kept apart from format.ts
 * (which parses API dates, and so loads the schema library) so start-up can build them early.
 */

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

export const dateTimeFormat = (locale: string) =>
  cached(
    `dt:${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  );

export const dateFormat = (locale: string) =>
  cached(`d:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));

export const relativeTimeFormat = (locale: string) =>
  cached(`rt:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

export const numberFormat = (locale: string) =>
  cached(`n:${locale}`, () => new Intl.NumberFormat(locale));

/**
 * Builds a locale's formatters before a page needs them. The first Intl formatter a page creates
 * loads the browser's locale data (~20 ms on a fast machine, four times that on a slow phone):
 * done while the page's code is still downloading, that time is no longer in anyone's way. Each
 * formatter is built in a task of its own, so none of them is a long task that blocks input.
 */
export function warmUpFormatters(locale: string) {
  const steps = [dateTimeFormat, dateFormat, relativeTimeFormat, numberFormat];
  const next = () => {
    steps.shift()?.(locale);
    if (steps.length > 0) setTimeout(next);
  };
  setTimeout(next);
}
