import type { LoaderFunction } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { sessionStore } from '@/api/session';
import type { Role } from '@/api/session';
import { ticketQueries } from '@/api/service-tickets/queries';
import { TICKET_KINDS } from '@/api/service-tickets/schemas';
import type { TicketKind } from '@/api/service-tickets/schemas';
import { WAITING_ON_CUSTOMER } from '@/api/service-tickets/workflow';
import { prefetch } from '../query-client';

/** What the home page shows, as queries: the page and its loader ask for exactly the same. */

/** The home page keeps itself current while it is open. */
const LIVE = { refetchInterval: 60_000 };

/** New tickets wait on support staff; the rest of the list is the customer's to-do. */
const WAITING_ON_SUPPORT: Record<TicketKind, readonly string[]> = {
  incidents: ['New'],
  orders: ['New'],
};

/** The statuses of `kind` that wait on a user of `role`. */
export const waitingStatuses = (role: Role, kind: TicketKind) =>
  (role === 'support' ? WAITING_ON_SUPPORT : WAITING_ON_CUSTOMER)[kind];

export const homeQueries = {
  waiting: (role: Role) =>
    TICKET_KINDS.map((kind) => ({
      ...ticketQueries(kind).list({
        isClosed: false,
        status: [...waitingStatuses(role, kind)],
        sortField: 'lastActivity',
        order: 'DESC',
        count: 10,
      }),
      ...LIVE,
    })),
  feed: () => TICKET_KINDS.map((kind) => ({ ...ticketQueries(kind).feed({ count: 12 }), ...LIVE })),
  openCount: (kind: TicketKind) => ({
    ...ticketQueries(kind).count({ isClosed: false }),
    ...LIVE,
  }),
};

/** Starts the home page's requests beside its code, without waiting for them. */
export const homePrefetch =
  (queryClient: QueryClient): LoaderFunction =>
  () => {
    const role = sessionStore.get()?.user.role;
    if (role) {
      for (const query of homeQueries.waiting(role)) prefetch(queryClient.query(query));
      for (const query of homeQueries.feed()) prefetch(queryClient.query(query));
      for (const kind of TICKET_KINDS) prefetch(queryClient.query(homeQueries.openCount(kind)));
    }
    return null;
  };
