import { createBrowserRouter } from 'react-router';
import type { ComponentType } from 'react';
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
  ): RouteObject['lazy'] => ({
    Component: async () => (await load()).Component,
    ...(loadLoader && {
      loader: async () => {
        const loader = (await loadLoader())(queryClient);
        // Loaders run before `RequireSession` renders: without a session there is nothing to load.
        return (args: LoaderFunctionArgs) => (sessionStore.get() ? loader(args) : null);
      },
    }),
  });
  const tickets = () => import('./routes/ticket-loader');
  return [
    {
      // Shown while the first route's code loads.
      hydrateFallbackElement: <div aria-busy="true" />,
      children: [
        {
          path: '/sign-in',
          lazy: page(() => import('./routes/sign-in')),
          errorElement: <RouteError />,
        },
        {
          element: <RequireSession />,
          errorElement: <RouteError />,
          children: [
            {
              // The shell is its own chunk: the sign-in page does not need it.
              lazy: page(() => import('./shell/app-shell')),
              children: [
                {
                  errorElement: <RouteError />,
                  children: [
                    {
                      index: true,
                      lazy: page(
                        () => import('./routes/home'),
                        async () => (await import('./routes/home-queries')).homePrefetch,
                      ),
                    },
                    {
                      path: 'incidents',
                      children: [
                        {
                          index: true,
                          lazy: page(
                            () => import('./routes/incidents/list'),
                            async () => (await tickets()).incidentListLoader,
                          ),
                        },
                        { path: 'new', lazy: page(() => import('./routes/incidents/report')) },
                        {
                          path: ':incidentId',
                          lazy: page(
                            () => import('./routes/incidents/detail'),
                            async () => (await tickets()).incidentDetailLoader,
                          ),
                        },
                        {
                          path: ':incidentId/edit',
                          lazy: page(
                            () => import('./routes/incidents/edit'),
                            async () => (await tickets()).incidentDetailLoader,
                          ),
                        },
                      ],
                    },
                    {
                      path: 'orders',
                      children: [
                        {
                          index: true,
                          lazy: page(
                            () => import('./routes/orders/list'),
                            async () => (await tickets()).orderListLoader,
                          ),
                        },
                        { path: 'new', lazy: page(() => import('./routes/orders/new')) },
                        {
                          path: ':orderId',
                          lazy: page(
                            () => import('./routes/orders/detail'),
                            async () => (await tickets()).orderDetailLoader,
                          ),
                        },
                        {
                          path: ':orderId/edit',
                          lazy: page(
                            () => import('./routes/orders/edit'),
                            async () => (await tickets()).orderDetailLoader,
                          ),
                        },
                      ],
                    },
                    {
                      path: 'cases',
                      children: [
                        { index: true, lazy: page(() => import('./routes/cases/list')) },
                        { path: 'new', lazy: page(() => import('./routes/cases/new')) },
                        {
                          path: ':caseNumber',
                          lazy: page(
                            () => import('./routes/cases/detail'),
                            async () => (await import('./routes/case-loader')).caseDetailLoader,
                          ),
                        },
                      ],
                    },
                    { path: '*', lazy: page(() => import('./routes/not-found')) },
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
