import type { LoaderFunction } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/http';
import { sessionStore } from '@/api/session';
import { ticketQueries } from '@/api/service-tickets/queries';
import type { TicketKind } from '@/api/service-tickets/schemas';
import { parseListState, toApiParams } from '@/features/tickets/list-state';

/*
 * Route loaders live apart from the pages: the router loads them beside the page's code, so the
 * request for the page's data leaves while the page's code is still on its way.
 */

/** Loads a ticket before showing its page; an unknown id is the not-found page. */
export const ticketLoader =
  (kind: TicketKind, param: string) =>
  (queryClient: QueryClient): LoaderFunction =>
  async ({ params }) => {
    try {
      await queryClient.query({
        ...ticketQueries(kind).detail(params[param] ?? ''),
        staleTime: 'static',
      });
    } catch (error) {
      if (isApiError(error) && error.isNotFound) throw error;
      // Other failures are shown on the page, with a retry.
    }
    return null;
  };

/**
 * Starts fetching the list view the URL asks for, without waiting for it: the page shows its
 * own loading state and picks up the same request.
 */
export const ticketListPrefetch =
  (kind: TicketKind) =>
  (queryClient: QueryClient): LoaderFunction =>
  ({ request }) => {
    const userName = sessionStore.get()?.user.userName;
    if (userName) {
      const { state } = parseListState(new URL(request.url).searchParams);
      const queries = ticketQueries(kind);
      const quietly = () => undefined; // failures show on the page, which asks again
      queryClient.query(queries.list(toApiParams(state, userName))).catch(quietly);
      queryClient.query(queries.categories()).catch(quietly);
    }
    return null;
  };

export const incidentDetailLoader = ticketLoader('incidents', 'incidentId');
export const orderDetailLoader = ticketLoader('orders', 'orderId');
export const incidentListLoader = ticketListPrefetch('incidents');
export const orderListLoader = ticketListPrefetch('orders');
