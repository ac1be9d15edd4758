import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { sessionStore } from '@/api/session';
import type { Session, SessionUser } from '@/api/session';

const subscribeSession = (listener: () => void) => sessionStore.subscribe(listener);
const getSession = () => sessionStore.get();

export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}

/** The signed-in user; only for components rendered inside `RequireSession`. */
export function useCurrentUser(): SessionUser {
  const session = useSession();
  if (!session) throw new Error('useCurrentUser outside a signed-in route');
  return session.user;
}

/**
 * Everything the portal keeps in this tab for whoever was signed in — form and comment drafts,
 * remembered list views, what they sent on cases — goes with an explicit sign-out, so the next
 * person at the same browser finds none of it. (Signing in again after an expired token is not a
 * sign-out: drafts stay for it.)
 */
function forgetWhatWasKept() {
  try {
    const keys = Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i));
    for (const key of keys) if (key?.startsWith('portal.')) sessionStorage.removeItem(key);
  } catch {
    /* storage may be unavailable */
  }
}

/**
 * Set by an explicit sign-out until the next sign-in: the sign-in page that follows does not
 * carry the page the last user was on (the next person would land on it).
 */
let signedOut = false;
sessionStore.subscribe(() => {
  if (sessionStore.get()) signedOut = false;
});

export function useSignOut() {
  const queryClient = useQueryClient();
  return () => {
    signedOut = true;
    sessionStore.clear();
    queryClient.clear();
    forgetWhatWasKept();
  };
}

/** Routes below need a signed-in user; others are sent to sign in and brought back. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    if (signedOut) return <Navigate to="/sign-in" replace state={{ signedOut: true }} />;
    const redirect = `${location.pathname}${location.search}${location.hash}`;
    return (
      <Navigate
        to={redirect === '/' ? '/sign-in' : `/sign-in?redirect=${encodeURIComponent(redirect)}`}
        replace
      />
    );
  }
  return <Outlet />;
}

const SessionExpiredPrompt = lazy(() => import('./session-expired-prompt'));

/**
 * A 401 on any call opens a sign-in prompt over the current page instead of navigating away, so
 * whatever the user was typing stays where it is.
 */
export function SessionExpiredDialog() {
  const session = useSession();
  const [open, setOpen] = useState(false);
  useEffect(() => sessionStore.onUnauthorized(() => setOpen(true)), []);
  if (!session || !open) return null;
  return (
    <Suspense>
      <SessionExpiredPrompt user={session.user} onDone={() => setOpen(false)} />
    </Suspense>
  );
}
