import { createBrowserRouter } from 'react-router';
import type { ComponentType } from 'react';
import { flushSync } from 'react-dom';
import type { LoaderFunction, LoaderFunctionArgs, RouteObject } from 'react-router';
import { sessionStore } from '@/api/session';
import type { QueryClient } from '@tanstack/react-query';
import { RequireSession } from './session';
import { RouteError } from './routes/lazy-route-error';

/** What a lazy route module exports: its page. */
export interface RouteModule {
  Component: ComponentType;
}

/** A loader that gets the query cache. */
type MakeLoader = (queryClient: QueryClient) => LoaderFunction;

/**
 * Route modules load lazily: each page is its own chunk. A page's loader is a module of its own,
 * loaded beside the page, so its request does not wait for the page's code.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const page = (
    load: () => Promise<RouteModule>,
    loadLoader?: () => Promise<MakeLoader>,
  ): Pick<RouteObject, 'lazy' | 'shouldRevalidate'> => ({
    lazy: {
      Component: async () => (await load()).Component,
      ...(loadLoader && {
        loader: async () => {
          const loader = (await loadLoader())(queryClient);
          // Loaders run before `RequireSession` renders: without a session there is nothing to load.
          return (args: LoaderFunctionArgs) => (sessionStore.get() ? loader(args) : null);
        },
      }),
    },
    // A loader runs when its page is entered, not when the page changes its own query (filters,
    // search, paging): the page fetches what it shows, and a navigation waiting on a loader would
    // let quick successive changes (several statuses picked in a row) overtake one another.
    shouldRevalidate: ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
      currentUrl.pathname !== nextUrl.pathname && defaultShouldRevalidate,
  });
  type TicketLoaders = typeof import('./routes/ticket-loader');
  type TicketLoaderName = {
    [K in keyof TicketLoaders]: TicketLoaders[K] extends MakeLoader ? K : never;
  }[keyof TicketLoaders];
  /** One of the ticket routes' loaders (they share a small module). */
  const ticketLoaders = (name: TicketLoaderName) => async () =>
    (await import('./routes/ticket-loader'))[name];
  return [
    {
      // Shown while the first route's code loads.
      hydrateFallbackElement: <div aria-busy="true" />,
      children: [
        {
          path: '/sign-in',
          ...page(() => import('./routes/sign-in')),
          errorElement: <RouteError />,
        },
        {
          element: <RequireSession />,
          errorElement: <RouteError />,
          children: [
            {
              // The shell is its own chunk: the sign-in page does not need it.
              ...page(() => import('./shell/app-shell')),
              children: [
                {
                  errorElement: <RouteError />,
                  children: [
                    {
                      index: true,
                      ...page(
                        () => import('./routes/home'),
                        async () => (await import('./routes/home-queries')).homePrefetch,
                      ),
                    },
                    {
                      path: 'incidents',
                      children: [
                        {
                          index: true,
                          ...page(
                            () => import('./routes/incidents/list'),
                            ticketLoaders('incidentListLoader'),
                          ),
                        },
                        {
                          path: 'new',
                          ...page(
                            () => import('./routes/incidents/report'),
                            ticketLoaders('incidentCreateLoader'),
                          ),
                        },
                        {
                          path: ':incidentId',
                          ...page(
                            () => import('./routes/incidents/detail'),
                            ticketLoaders('incidentDetailLoader'),
                          ),
                        },
                        {
                          path: ':incidentId/edit',
                          ...page(
                            () => import('./routes/incidents/edit'),
                            ticketLoaders('incidentEditLoader'),
                          ),
                        },
                      ],
                    },
                    {
                      path: 'orders',
                      children: [
                        {
                          index: true,
                          ...page(
                            () => import('./routes/orders/list'),
                            ticketLoaders('orderListLoader'),
                          ),
                        },
                        {
                          path: 'new',
                          ...page(
                            () => import('./routes/orders/new'),
                            ticketLoaders('orderCreateLoader'),
                          ),
                        },
                        {
                          path: ':orderId',
                          ...page(
                            () => import('./routes/orders/detail'),
                            ticketLoaders('orderDetailLoader'),
                          ),
                        },
                        {
                          path: ':orderId/edit',
                          ...page(
                            () => import('./routes/orders/edit'),
                            ticketLoaders('orderEditLoader'),
                          ),
                        },
                      ],
                    },
                    {
                      path: 'cases',
                      children: [
                        { index: true, ...page(() => import('./routes/cases/list')) },
                        { path: 'new', ...page(() => import('./routes/cases/new')) },
                        {
                          path: ':caseNumber',
                          ...page(
                            () => import('./routes/cases/detail'),
                            async () => (await import('./routes/case-loader')).caseDetailLoader,
                          ),
                        },
                      ],
                    },
                    { path: '*', ...page(() => import('./routes/not-found')) },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ];
}

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient));
}

/**
 * For `RouterProvider`: lets a navigation ask to be drawn at once (`flushSync: true`), as
 * `react-router/dom`'s provider does (which Vitest would load as a second copy of the router).
 */
export const flushRouterUpdate = (update: () => unknown): undefined => {
  flushSync(update);
};
