import { redirect } from 'react-router';
import type { LoaderFunction } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/http';
import { sessionStore } from '@/api/session';
import { paths } from '@/config/paths';
import { ticketQueries } from '@/api/service-tickets/queries';
import type { TicketKind } from '@/api/service-tickets/schemas';
import { normalizeCaseNumber } from '@/features/tickets/case-number';
import { parseListState, toApiParams } from '@/features/tickets/list-state';
import { prefetch } from '../query-client';

/*
 * Route loaders live apart from the pages: the router loads them beside the page's code, so the
 * request for the page's data leaves while the page's code is still on its way.
 */

/**
 * Loads a ticket before showing its page; an unknown id is the not-found page. A detail page
 * shows what is cached at once (and refreshes it); an edit form starts from what it loads, so it
 * waits for data no older than usual (`fresh`).
 */
export const ticketLoader =
  (kind: TicketKind, param: string, { fresh = false } = {}) =>
  (queryClient: QueryClient): LoaderFunction =>
  async ({ params }) => {
    try {
      await queryClient.query({
        ...ticketQueries(kind).detail(params[param] ?? ''),
        ...(fresh ? {} : { staleTime: 'static' as const }),
      });
    } catch (error) {
      if (isApiError(error) && error.isNotFound) {
        // A case number where the id belongs (`/incidents/Case-00010223`, typed or pasted): the
        // ticket with that number, if there is one, is what was meant.
        const caseNumber = normalizeCaseNumber(params[param] ?? '');
        const found =
          caseNumber && !fresh
            ? await queryClient
                .query(ticketQueries(kind).list({ caseNumber, count: 1 }))
                .then((page) => page.items.find((t) => t.caseNumber === caseNumber)?.id)
                .catch(() => undefined)
            : undefined;
        if (found)
          return redirect(
            kind === 'incidents' ? paths.incidents.detail(found) : paths.orders.detail(found),
          );
        throw error;
      }
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
      const { state } = parseListState(new URL(request.url).searchParams, kind);
      const queries = ticketQueries(kind);
      prefetch(queryClient.query(queries.list(toApiParams(state, userName))));
      prefetch(queryClient.query(queries.categories()));
    }
    return null;
  };

/**
 * Starts fetching the product categories a create form offers beside the form's code, instead of
 * once the form has rendered: its choices arrive a round trip earlier.
 */
export const categoriesPrefetch =
  (kind: TicketKind) =>
  (queryClient: QueryClient): LoaderFunction =>
  () => {
    prefetch(queryClient.query(ticketQueries(kind).categories()));
    return null;
  };

export const incidentDetailLoader = ticketLoader('incidents', 'incidentId');
export const orderDetailLoader = ticketLoader('orders', 'orderId');
export const incidentEditLoader = ticketLoader('incidents', 'incidentId', { fresh: true });
export const orderEditLoader = ticketLoader('orders', 'orderId', { fresh: true });
export const incidentListLoader = ticketListPrefetch('incidents');
export const orderListLoader = ticketListPrefetch('orders');
export const incidentCreateLoader = categoriesPrefetch('incidents');
export const orderCreateLoader = categoriesPrefetch('orders');
