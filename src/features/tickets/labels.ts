import type { TFunction } from 'i18next';
import type { Activity } from '@/api/service-tickets/schemas';

/*
 * Statuses, actions and field names come from the API in English; known ones are translated,
 * unknown ones are shown as the API wrote them.
 */

const STATUS_KEYS = new Map<string, string>(
  Object.entries({
    New: 'new',
    'In Progress': 'inProgress',
    'Awaiting Customer': 'awaitingCustomer',
    Solved: 'solved',
    'Customer Accepted': 'customerAccepted',
    Closed: 'closed',
    Cancelled: 'cancelled',
    Scheduled: 'scheduled',
    Completed: 'completed',
  }),
);

export function statusLabel(t: TFunction, status: string | undefined): string {
  if (!status) return t('common.unknown');
  // A Map, not an object: a status named like a built-in property ("constructor") is unknown.
  const key = STATUS_KEYS.get(status);
  return key ? t(`status.${key}` as 'status.new') : status;
}

const FIELD_KEYS = new Set([
  'subject',
  'description',
  'location',
  'priority',
  'productCategoryName',
  'identificationNumber',
  'incidentType',
  'contact',
  'localContact',
  'installationAddress',
  'quantity',
  'reason',
  'type',
  'product',
  'productName',
  'productId',
  'orderReference',
  'customerReference',
  'organizationNumber',
  'status',
  'attachment',
]);

export function fieldLabel(t: TFunction, field: string | undefined): string {
  if (!field) return '';
  return FIELD_KEYS.has(field) ? t(`fields.${field}` as 'fields.subject') : field;
}

/**
 * A field's label inside a sentence: "changed contact", "endret kontaktperson" (labels are
 * written to stand alone, capitalised); a label that starts with an abbreviation keeps it.
 */
function fieldInSentence(t: TFunction, field: string | undefined): string {
  const label = fieldLabel(t, field);
  if (!field || !FIELD_KEYS.has(field)) return label;
  const [first = '', second = ''] = label;
  return second !== second.toLocaleLowerCase()
    ? label
    : first.toLocaleLowerCase() + label.slice(first.length);
}

const PRIORITY_KEYS = new Map<string, string>(
  Object.entries({ Critical: 'critical', High: 'high', Medium: 'medium', Low: 'low' }),
);

export function priorityLabel(t: TFunction, priority: string | undefined): string {
  if (!priority) return '';
  const key = PRIORITY_KEYS.get(priority);
  return key ? t(`priority.${key}` as 'priority.high') : priority;
}

/** "changed status: New → Solved", "commented", "attached ping-logg.txt" … */
export function activitySummary(t: TFunction, a: Activity): string {
  switch (a.action) {
    case 'CREATED':
    case 'NEW':
      return t('activity.created');
    case 'COMMENTED':
      return t('activity.commented');
    case 'STATUS_CHANGED':
      return t('activity.statusChanged', {
        from: statusLabel(t, a.oldValue),
        to: statusLabel(t, a.newValue),
      });
    case 'UPDATED':
      return a.fieldName
        ? t('activity.updatedField', { field: fieldInSentence(t, a.fieldName) })
        : t('activity.updated');
    case 'ADDED_ATTACHMENT':
      return t('activity.attached', { name: a.newValue || a.content || '' });
    case 'DELETED_ATTACHMENT':
      return t('activity.detached', { name: a.oldValue || a.content || '' });
    case 'DELETED':
      return t('activity.removedField', { field: fieldInSentence(t, a.fieldName) });
    case 'CLOSED':
      return t('activity.closed');
    default:
      return a.content || a.action || t('common.unknown');
  }
}

/** Stands for the ticket's link in a feed sentence; never in an API value (taken out of them). */
export const TICKET_MARK = '\uE000';
const unmarked = (value: string) => value.replaceAll(TICKET_MARK, '');

/**
 * What someone did to a ticket, as a sentence that names it — "created Case-…", "commented on
 * Case-…", "changed the status of Case-…: New → Solved" — with `TICKET_MARK` where the ticket goes
 * (the caller puts its link there).
 */
export function activityOnTicket(t: TFunction, a: Activity): string {
  const ticket = TICKET_MARK;
  switch (a.action) {
    case 'CREATED':
    case 'NEW':
      return t('feed.created', { ticket });
    case 'COMMENTED':
      return t('feed.commented', { ticket });
    case 'STATUS_CHANGED':
      return t('feed.statusChanged', {
        ticket,
        from: unmarked(statusLabel(t, a.oldValue)),
        to: unmarked(statusLabel(t, a.newValue)),
      });
    case 'UPDATED':
      return a.fieldName
        ? t('feed.updatedField', { ticket, field: unmarked(fieldInSentence(t, a.fieldName)) })
        : t('feed.updated', { ticket });
    case 'ADDED_ATTACHMENT':
      return t('feed.attached', { ticket, name: unmarked(a.newValue || a.content || '') });
    case 'DELETED_ATTACHMENT':
      return t('feed.detached', { ticket, name: unmarked(a.oldValue || a.content || '') });
    case 'DELETED':
      return t('feed.removedField', { ticket, field: unmarked(fieldInSentence(t, a.fieldName)) });
    case 'CLOSED':
      return t('feed.closed', { ticket });
    default:
      return t('feed.other', { ticket, what: unmarked(activitySummary(t, a)) });
  }
}
