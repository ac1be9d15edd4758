import { redirect } from 'react-router';
import type { LoaderFunction } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/http';
import { isCaseNumber, isCaseOrOrderNumber } from '@/api/cases/numbers';
import { caseQueries } from '@/api/cases/queries';
import { paths } from '@/config/paths';

/**
 * Loads a case before showing its page (apart from the page's code, like the ticket loaders).
 * An unknown or malformed number is a not-found page that offers the look-up again.
 */
export const caseDetailLoader =
  (queryClient: QueryClient): LoaderFunction =>
  async ({ params }) => {
    // A number pasted with a space around it (`/cases/11150929%20`) is that number.
    const raw = params.caseNumber ?? '';
    if (raw.trim() && raw.trim() !== raw) return redirect(paths.cases.detail(raw.trim()));
    // Not of a case or order number's length: the page says so; nothing to ask the API.
    if (!isCaseOrOrderNumber(params.caseNumber ?? '')) return { found: false };
    try {
      const data = await queryClient.query({
        ...caseQueries.detail(params.caseNumber ?? ''),
        staleTime: 'static',
      });
      // Found by its order number: the address becomes the case's own (one case, one address,
      // one entry in the user's list), the case already loaded under it.
      const own = data.id?.trim();
      if (own && isCaseNumber(own) && own !== params.caseNumber) {
        queryClient.setQueryData(caseQueries.detail(own).queryKey, data);
        return redirect(paths.cases.detail(own));
      }
      return { found: true };
    } catch (error) {
      if (isApiError(error) && (error.status === 404 || error.status === 400))
        return { found: false };
      return { found: true }; // other failures are shown on the page, with a retry
    }
  };
