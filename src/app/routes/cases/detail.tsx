import { useParams } from 'react-router';
import type { LoaderFunction } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/http';
import { caseQueries } from '@/api/cases/queries';
import { CaseDetail } from '@/features/cases/case-detail';
import { CaseNotFound } from '@/features/cases/case-not-found';
import { useCurrentUser } from '../../session';

/** An unknown or malformed number is a not-found page that offers the look-up again. */
export const makeLoader =
  (queryClient: QueryClient): LoaderFunction =>
  async ({ params }) => {
    try {
      await queryClient.query({
        ...caseQueries.detail(params.caseNumber ?? ''),
        staleTime: 'static',
      });
      return { found: true };
    } catch (error) {
      if (isApiError(error) && (error.status === 404 || error.status === 400))
        return { found: false };
      return { found: true }; // other failures are shown on the page, with a retry
    }
  };

export function Component() {
  const { caseNumber = '' } = useParams();
  const user = useCurrentUser();
  return <CaseRoute key={caseNumber} caseNumber={caseNumber} user={user} />;
}

function CaseRoute({
  caseNumber,
  user,
}: {
  caseNumber: string;
  user: ReturnType<typeof useCurrentUser>;
}) {
  return <CaseDetail id={caseNumber} user={user} notFound={<CaseNotFound number={caseNumber} />} />;
}
