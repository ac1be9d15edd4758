import { useTranslation } from 'react-i18next';
import { parseApiDate } from '@/api/lenient';
import { formatDateTime, formatRelative, localeOf } from '@/lib/format';
import { VisuallyHidden } from './visually-hidden';

/** "3 days ago", with the exact time on hover and for screen readers. */
export function RelativeTime({ value }: { value: string | undefined }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const date = parseApiDate(value);
  if (!date) return <span>{t('common.unknownDate')}</span>;
  const exact = formatDateTime(value, locale);
  return (
    <time dateTime={date.toISOString()} title={exact}>
      <span aria-hidden="true">{formatRelative(value, locale)}</span>
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
