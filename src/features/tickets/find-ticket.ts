import type { QueryClient } from '@tanstack/react-query';
import { ticketQueries } from '@/api/service-tickets/queries';
import { TICKET_KINDS } from '@/api/service-tickets/schemas';
import { paths } from '@/config/paths';

/**
 * The page of the incident or order with this case number ("Case-00010224", as
 * normalizeCaseNumber gives it), or undefined when neither list has it. Both lists are asked at
 * once, through the query cache.
 */
export async function findTicketPage(
  queryClient: QueryClient,
  caseNumber: string,
): Promise<string | undefined> {
  const results = await Promise.all(
    TICKET_KINDS.map((kind) =>
      queryClient
        .query(ticketQueries(kind).list({ caseNumber, count: 1 }))
        .then((page) => ({ kind, id: page.items[0]?.id })),
    ),
  );
  const found = results.find((r) => r.id);
  if (!found?.id) return undefined;
  return found.kind === 'incidents'
    ? paths.incidents.detail(found.id)
    : paths.orders.detail(found.id);
}
