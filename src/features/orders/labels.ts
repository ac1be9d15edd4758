import type { TFunction } from 'i18next';
import { ORDER_REASONS } from '@/api/service-tickets/workflow';

/** Order reasons are Norwegian words in the API; known ones are shown in the user's language. */
export function reasonLabel(t: TFunction, reason: string | undefined): string {
  if (!reason) return '';
  return (ORDER_REASONS as readonly string[]).includes(reason)
    ? t(`orderReason.${reason}` as 'orderReason.Nybestilling')
    : reason;
}
