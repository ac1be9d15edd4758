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

/** The document's `channel` enum (OFFLINE, PORTAL). */
const CHANNELS: Record<string, 'portal' | 'offline'> = { PORTAL: 'portal', OFFLINE: 'offline' };
/** Product types the document's samples use (`products`, `details[].productType`). */
const PRODUCTS: Record<string, 'smartHands'> = { SMART_HANDS: 'smartHands' };
/** Contact types (`NOTIFICATION`, `TECHNICAL` [CM-23]). */
const CONTACT_TYPES: Record<string, 'notification' | 'technical'> = {
  NOTIFICATION: 'notification',
  TECHNICAL: 'technical',
};

/**
 * A field name in words, sentence case: `powerCycleApproved` → "Power cycle approved",
 * `IS_RECURRING` → "Is recurring", `contactUCMID` → "Contact UCMID" (an acronym inside a
 * camelCase name keeps its capitals).
 */
export function readableKey(key: string): string {
  const words = key
    .replace(/[_\-.\s]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return key;
  // In an all-capitals name (UPPER_SNAKE) no word is an acronym.
  const shouting = key === key.toUpperCase();
  return words
    .map((word, i) => {
      const acronym = !shouting && word.length > 1 && word === word.toUpperCase();
      const w = acronym ? word : word.toLowerCase();
      return i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w;
    })
    .join(' ');
}

/** A code-like value (`SMART_HANDS`, `ACCESS`), not free text. */
const isCode = (value: string) => /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/.test(value);

export function channelLabel(t: TFunction, channel: string | undefined): string {
  if (!channel) return '';
  const k = CHANNELS[channel];
  return k ? t(`caseCodes.channel.${k}`) : channel;
}

/** A product or product type code: known ones translated, other codes in words. */
export function productLabel(t: TFunction, product: string | undefined): string {
  if (!product) return '';
  const k = PRODUCTS[product];
  if (k) return t(`caseCodes.product.${k}`);
  return isCode(product) ? readableKey(product) : product;
}

export function contactTypeLabel(t: TFunction, type: string | undefined): string {
  if (!type) return '';
  const k = CONTACT_TYPES[type];
  if (k) return t(`caseContact.types.${k}`);
  return isCode(type) ? readableKey(type) : type;
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

/** An additional-info key: the known ones translated, any other in readable words. */
export function infoKeyLabel(t: TFunction, key: string | undefined): string {
  if (!key) return '';
  const k = INFO_KEYS[key];
  return k ? t(`caseCodes.info.${k}`) : readableKey(key);
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
