import type { TFunction } from 'i18next';

const KEYS: Record<string, string> = {
  SUBMITTED: 'submitted',
  IN_PROGRESS: 'inProgress',
  RESOLVED: 'resolved',
  ACTION_REQUIRED: 'actionRequired',
  CLOSED: 'closed',
  CANCELLED: 'cancelled',
};

/** Case statuses in the user's words; an unknown one as the API wrote it. */
export function caseStatusLabel(t: TFunction, status: string | undefined): string {
  if (!status) return t('common.unknown');
  const k = KEYS[status];
  return k ? t(`caseStatus.${k}` as 'caseStatus.submitted') : status;
}
