import type { LoaderFunction } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/http';
import { ticketQueries } from '@/api/service-tickets/queries';
import type { TicketKind } from '@/api/service-tickets/schemas';

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
