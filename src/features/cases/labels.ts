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
 * its samples: the known ones are translated, anything else is shown as the provider sent it —
 * never put into made-up words, which would be English on the Norwegian page too.
 */
const LINE_STATUS: Record<string, 'created'> = { CREATED: 'created' };
const REQUEST_TYPES: Record<string, 'add' | 'modify' | 'remove' | 'cancel'> = {
  ADD: 'add',
  MODIFY: 'modify',
  REMOVE: 'remove',
  DELETE: 'remove',
  CANCEL: 'cancel',
};
/** Additional-info keys of the document's samples and the sandbox's cases. */
const INFO_KEYS: Record<string, 'isRecurring' | 'recurringType' | 'rack' | 'powerCycleApproved'> = {
  IS_RECURRING: 'isRecurring',
  RECURRING_TYPE: 'recurringType',
  rack: 'rack',
  powerCycleApproved: 'powerCycleApproved',
};
const INFO_VALUES: Record<string, 'child' | 'parent' | 'yes' | 'no'> = {
  CHILD: 'child',
  PARENT: 'parent',
  true: 'yes',
  false: 'no',
};

/** The document's `channel` enum (OFFLINE, PORTAL). */
const CHANNELS: Record<string, 'portal' | 'offline'> = { PORTAL: 'portal', OFFLINE: 'offline' };
/** Product types the document's samples and the sandbox's cases use. */
const PRODUCTS: Record<string, 'smartHands' | 'access'> = {
  SMART_HANDS: 'smartHands',
  ACCESS: 'access',
};
/** Contact types (`NOTIFICATION`, `TECHNICAL` [CM-23]). */
const CONTACT_TYPES: Record<string, 'notification' | 'technical'> = {
  NOTIFICATION: 'notification',
  TECHNICAL: 'technical',
};

export function channelLabel(t: TFunction, channel: string | undefined): string {
  if (!channel) return '';
  const k = CHANNELS[channel];
  return k ? t(`caseCodes.channel.${k}`) : channel;
}

/** A product or product type code: the known ones translated, any other as sent. */
export function productLabel(t: TFunction, product: string | undefined): string {
  if (!product) return '';
  const k = PRODUCTS[product];
  return k ? t(`caseCodes.product.${k}`) : product;
}

export function contactTypeLabel(t: TFunction, type: string | undefined): string {
  if (!type) return '';
  const k = CONTACT_TYPES[type];
  return k ? t(`caseContact.types.${k}`) : type;
}

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

/**
 * An additional-info key from the provider: the known ones translated, any other as sent. (Keys
 * the user typed when opening the case are not put through this: they are shown as written.)
 */
export function infoKeyLabel(t: TFunction, key: string | undefined): string {
  if (!key) return '';
  const k = INFO_KEYS[key];
  return k ? t(`caseCodes.info.${k}`) : key;
}

/**
 * An additional-info value: yes/no for booleans, known codes translated; any other text is the
 * provider's or the user's own words and is left as it is.
 */
export function infoValueLabel(t: TFunction, value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const k = INFO_VALUES[text];
  if (k) return t(`caseCodes.value.${k}`);
  if (PRODUCTS[text]) return productLabel(t, text);
  if (CHANNELS[text]) return channelLabel(t, text);
  return text;
}
