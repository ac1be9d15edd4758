import type { Role } from '../session';
import type { TicketKind } from './schemas';

/*
 * Statuses are not documented (only samples: "New", "Solved", "Customer Accepted"). The portal and
 * the sandbox share this workflow so the UI only offers changes the server will accept.
 */

export const INCIDENT_STATUSES = [
  'New',
  'In Progress',
  'Awaiting Customer',
  'Solved',
  'Customer Accepted',
  'Closed',
  'Cancelled',
] as const;

export const ORDER_STATUSES = [
  'New',
  'In Progress',
  'Awaiting Customer',
  'Scheduled',
  'Completed',
  'Cancelled',
] as const;

export const STATUSES: Record<TicketKind, readonly string[]> = {
  incidents: INCIDENT_STATUSES,
  orders: ORDER_STATUSES,
};

export const CLOSED_STATUSES: Record<TicketKind, readonly string[]> = {
  incidents: ['Customer Accepted', 'Closed', 'Cancelled'],
  orders: ['Completed', 'Cancelled'],
};

/** Statuses in which the next step is the customer's. */
export const WAITING_ON_CUSTOMER: Record<TicketKind, readonly string[]> = {
  incidents: ['Awaiting Customer', 'Solved'],
  orders: ['Awaiting Customer'],
};

export function isClosedStatus(kind: TicketKind, status: string | undefined): boolean {
  return status !== undefined && CLOSED_STATUSES[kind].includes(status);
}

const SUPPORT_TRANSITIONS: Record<string, readonly string[]> = {
  New: ['In Progress', 'Awaiting Customer', 'Solved', 'Cancelled'],
  'In Progress': ['Awaiting Customer', 'Solved', 'Cancelled'],
  'Awaiting Customer': ['In Progress', 'Solved', 'Cancelled'],
  Solved: ['In Progress', 'Customer Accepted', 'Closed'],
  'Customer Accepted': ['Closed'],
  Closed: [],
  Cancelled: [],
};

const CUSTOMER_TRANSITIONS: Record<string, readonly string[]> = {
  New: ['Cancelled'],
  'In Progress': ['Cancelled'],
  // The customer has answered: the ball is back with support.
  'Awaiting Customer': ['In Progress', 'Cancelled'],
  // Accept the solution, or reopen it.
  Solved: ['Customer Accepted', 'In Progress'],
  'Customer Accepted': [],
  Closed: [],
  Cancelled: [],
};

/** Support may also end an interim status by setting In Progress itself. */
const SUPPORT_FROM_INTERIM = ['In Progress', ...(SUPPORT_TRANSITIONS['In Progress'] ?? [])];

/**
 * The statuses an incident may move to from `from`, for a user of `role`. A status this workflow
 * does not know is an interim status of an open incident (the document speaks of interim
 * statuses): it moves as an In Progress incident would.
 */
export function allowedIncidentTransitions(
  from: string | undefined,
  role: Role,
): readonly string[] {
  const table = role === 'support' ? SUPPORT_TRANSITIONS : CUSTOMER_TRANSITIONS;
  if (!from) return [];
  // Own keys only: a status named like an object's built-in property ("constructor") is interim.
  const known = Object.hasOwn(table, from) ? table[from] : undefined;
  if (known) return known;
  return role === 'support' ? SUPPORT_FROM_INTERIM : (table['In Progress'] ?? []);
}

/** Priorities offered by the portal; the API documents only "High" (the order default). */
export const PRIORITIES = ['Critical', 'High', 'Medium', 'Low'] as const;

/** Order reasons named by the document. */
export const ORDER_REASONS = ['Nybestilling', 'Endring', 'Oppsigelse'] as const;
