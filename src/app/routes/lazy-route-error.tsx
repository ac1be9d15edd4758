import { lazy, Suspense } from 'react';

const RouteErrorPage = lazy(() => import('./route-error').then((m) => ({ default: m.RouteError })));

/** The error page loads only when a route fails. */
export function RouteError() {
  return (
    <Suspense>
      <RouteErrorPage />
    </Suspense>
  );
}
