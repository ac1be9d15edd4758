import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { flushRouterUpdate } from '@/app/router';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/app/query-client';
import { createRoutes } from '@/app/router';

/** Renders the real app (providers, router, lazy routes) at `path`. */
export function renderApp(path: string) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity } });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const utils = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} flushSync={flushRouterUpdate} />
    </AppProvider>,
  );
  return { ...utils, router, queryClient };
}
