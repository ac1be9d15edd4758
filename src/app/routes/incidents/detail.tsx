import { useLocation, useParams } from 'react-router';
import type { LoaderFunction } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/http';
import { incidentQueries } from '@/api/service-tickets/queries';
import { IncidentDetail } from '@/features/incidents/incident-detail';
import { paths } from '@/config/paths';
import { useCurrentUser } from '../../session';

/** Loads the incident before showing the page; an unknown id is the not-found page. */
export const makeLoader =
  (queryClient: QueryClient): LoaderFunction =>
  async ({ params }) => {
    try {
      await queryClient.query({
        ...incidentQueries.detail(params.incidentId ?? ''),
        staleTime: 'static',
      });
    } catch (error) {
      if (isApiError(error) && error.isNotFound) throw error;
      // Other failures are shown on the page, with a retry.
    }
    return null;
  };

export function Component() {
  const { incidentId = '' } = useParams();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return (
    <IncidentDetail
      key={incidentId}
      id={incidentId}
      user={useCurrentUser()}
      backTo={from?.startsWith('/incidents') ? from : paths.incidents.list}
    />
  );
}
