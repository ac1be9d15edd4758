import { createBrowserRouter } from 'react-router';
import type { RouteObject } from 'react-router';
import { RequireSession } from './session';
import { RouteError } from './routes/lazy-route-error';

/** Route modules load lazily: each page is its own chunk. */
export const routes: RouteObject[] = [
  {
    // Shown while the first route's code loads.
    hydrateFallbackElement: <div aria-busy="true" />,
    children: [
      {
        path: '/sign-in',
        lazy: () => import('./routes/sign-in'),
        errorElement: <RouteError />,
      },
      {
        element: <RequireSession />,
        errorElement: <RouteError />,
        children: [
          {
            // The shell is its own chunk: the sign-in page does not need it.
            lazy: () => import('./shell/app-shell'),
            children: [
              {
                errorElement: <RouteError />,
                children: [
                  { index: true, lazy: () => import('./routes/home') },
                  { path: '*', lazy: () => import('./routes/not-found') },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
