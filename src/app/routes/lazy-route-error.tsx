import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Shown when the error page's own code cannot be fetched either (the connection is down, or a new
 * release replaced the files): plain elements, as the UI kit may not have loaded, and a reload,
 * which is what cures both causes.
 */
function CodeLoadFailure() {
  const { t } = useTranslation();
  // The next failure tries the real error page again (the connection may be back by then).
  useEffect(() => {
    RouteErrorPage = loadRouteErrorPage();
  }, []);
  const title = t('errors.codeLoad.title');
  // The tab says what the page says, as every page's title does.
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  return (
    <div role="alert" style={{ padding: 16, maxWidth: 640 }}>
      <h1 style={{ fontSize: '1.75rem', fontWeight: 500, margin: '0 0 8px' }}>{title}</h1>
      <p style={{ margin: '0 0 16px' }}>{t('errors.codeLoad.detail')}</p>
      <button type="button" onClick={() => window.location.reload()} style={{ font: 'inherit' }}>
        {t('actions.reload')}
      </button>
    </div>
  );
}

const loadRouteErrorPage = () =>
  lazy(() =>
    import('./route-error').then(
      (m) => ({ default: m.RouteError }),
      () => ({ default: CodeLoadFailure }),
    ),
  );
let RouteErrorPage = loadRouteErrorPage();

/** The error page loads only when a route fails. */
export function RouteError() {
  return (
    <Suspense>
      <RouteErrorPage />
    </Suspense>
  );
}
