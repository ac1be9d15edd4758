import { createBrowserRouter } from 'react-router';
import type { ComponentType } from 'react';
import type { LoaderFunction, LoaderFunctionArgs, RouteObject } from 'react-router';
import { sessionStore } from '@/api/session';
import type { QueryClient } from '@tanstack/react-query';
import { RequireSession } from './session';
import { RouteError } from './routes/lazy-route-error';

/** What a lazy route module exports: its page, and optionally a loader that gets the query cache. */
export interface RouteModule {
  Component: ComponentType;
  makeLoader?: (queryClient: QueryClient) => LoaderFunction;
}

/** Route modules load lazily: each page is its own chunk. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const page = (load: () => Promise<RouteModule>) => async () => {
    const m = await load();
    const loader = m.makeLoader?.(queryClient);
    return {
      Component: m.Component,
      // Loaders run before `RequireSession` renders: without a session there is nothing to load.
      loader: loader && ((args: LoaderFunctionArgs) => (sessionStore.get() ? loader(args) : null)),
    };
  };
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
                    { index: true, lazy: page(() => import('./routes/home')) },
                    {
                      path: 'incidents',
                      children: [
                        { index: true, lazy: page(() => import('./routes/incidents/list')) },
                        { path: 'new', lazy: page(() => import('./routes/incidents/report')) },
                        {
                          path: ':incidentId',
                          lazy: page(() => import('./routes/incidents/detail')),
                        },
                        {
                          path: ':incidentId/edit',
                          lazy: page(() => import('./routes/incidents/edit')),
                        },
                      ],
                    },
                    {
                      path: 'orders',
                      children: [
                        { index: true, lazy: page(() => import('./routes/orders/list')) },
                        { path: 'new', lazy: page(() => import('./routes/orders/new')) },
                        { path: ':orderId', lazy: page(() => import('./routes/orders/detail')) },
                        { path: ':orderId/edit', lazy: page(() => import('./routes/orders/edit')) },
                      ],
                    },
                    {
                      path: 'cases',
                      children: [
                        { index: true, lazy: page(() => import('./routes/cases/list')) },
                        { path: 'new', lazy: page(() => import('./routes/cases/new')) },
                        { path: ':caseNumber', lazy: page(() => import('./routes/cases/detail')) },
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
