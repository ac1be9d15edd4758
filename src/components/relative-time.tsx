import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { parseApiDate } from '@/api/lenient';
import { formatDateTime, formatRelative, localeOf } from '@/lib/format';
import { VisuallyHidden } from './visually-hidden';

/** Within the minute (either way: clocks differ a little) is "just now", not "this minute". */
function relativeText(date: Date, value: string | undefined, locale: string, t: TFunction) {
  const now = Date.now();
  return Math.abs(date.getTime() - now) < 60_000
    ? t('common.justNow')
    : formatRelative(value, locale, now);
}

/** "3 days ago" (or "just now"), with the exact time on hover and for screen readers. */
export function RelativeTime({ value }: { value: string | undefined }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const date = parseApiDate(value);
  if (!date) return <span>{t('common.unknownDate')}</span>;
  const exact = formatDateTime(value, locale);
  return (
    <time dateTime={date.toISOString()} title={exact}>
      <span aria-hidden="true">{relativeText(date, value, locale, t)}</span>
      <VisuallyHidden>{exact}</VisuallyHidden>
    </time>
  );
}

/** An exact date and time, or "unknown" when the provider sent none or nonsense. */
export function DateTime({ value }: { value: string | undefined }) {
  const { t, i18n } = useTranslation();
  const date = parseApiDate(value);
  if (!date) return <span>{t('common.unknownDate')}</span>;
  return (
    <time dateTime={date.toISOString()}>{formatDateTime(value, localeOf(i18n.language))}</time>
  );
}
