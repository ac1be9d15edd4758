import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/http';

/**
 * Reads retry with backoff on 5xx and network failures, never on 4xx; writes never retry blindly.
 * A background refetch that fails while data is on screen is reported by `onBackgroundError`,
 * without wiping what is shown.
 */
export function createQueryClient(onBackgroundError: (error: Error) => void = () => {}) {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.state.data !== undefined) onBackgroundError(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 10 * 60_000,
        // A server that does not answer at all is tried once more, not four times over.
        retry: (failureCount, error) =>
          isApiError(error) && error.kind === 'timeout'
            ? failureCount < 1
            : failureCount < 3 && (!isApiError(error) || error.isTransient),
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 8_000),
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}

/** Starts a read without waiting for it: a failure shows where the data is used, which asks again. */
export function prefetch(request: Promise<unknown>): void {
  request.catch(() => undefined);
}
