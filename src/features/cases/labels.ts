import type { TFunction } from 'i18next';

const KEYS: Record<
  string,
  'submitted' | 'inProgress' | 'resolved' | 'actionRequired' | 'closed' | 'cancelled'
> = {
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
  return k ? t(`caseStatus.${k}`) : status;
}

/*
 * The case API's other codes (line items, request types, additional info) are undocumented beyond
 * its samples: the known ones are translated, anything else is shown as the provider sent it.
 */
const LINE_STATUS: Record<string, 'created'> = { CREATED: 'created' };
const REQUEST_TYPES: Record<string, 'add' | 'modify' | 'remove' | 'cancel'> = {
  ADD: 'add',
  MODIFY: 'modify',
  REMOVE: 'remove',
  DELETE: 'remove',
  CANCEL: 'cancel',
};
const INFO_KEYS: Record<string, 'isRecurring' | 'recurringType'> = {
  IS_RECURRING: 'isRecurring',
  RECURRING_TYPE: 'recurringType',
};
const INFO_VALUES: Record<string, 'child' | 'parent' | 'yes' | 'no'> = {
  CHILD: 'child',
  PARENT: 'parent',
  true: 'yes',
  false: 'no',
};

export function lineStatusLabel(t: TFunction, status: string | undefined): string {
  if (!status) return '';
  const k = LINE_STATUS[status];
  if (k) return t(`caseCodes.lineStatus.${k}`);
  return KEYS[status] ? caseStatusLabel(t, status) : status;
}

export function requestTypeLabel(t: TFunction, type: string | undefined): string {
  if (!type) return '';
  const k = REQUEST_TYPES[type];
  return k ? t(`caseCodes.requestType.${k}`) : type;
}

export function infoKeyLabel(t: TFunction, key: string | undefined): string {
  if (!key) return '';
  const k = INFO_KEYS[key];
  return k ? t(`caseCodes.info.${k}`) : key;
}

export function infoValueLabel(t: TFunction, value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const k = INFO_VALUES[text];
  return k ? t(`caseCodes.value.${k}`) : text;
}
