/*
 * Signing in as a demo user, without React or the router: the portal's first script signs in
 * directly by URL (`consumeDirectSignIn`) while the libraries are still downloading.
 */
import { sessionStore } from '@/api/session';
import type { SessionUser } from '@/api/session';

function randomToken(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/** Sandbox sign-in: the portal issues itself a session for the chosen demo user. */
export function signInAs(user: SessionUser) {
  sessionStore.set({
    token: `sandbox-${randomToken()}`,
    samlToken: `saml-${randomToken()}`,
    user,
  });
}

/**
 * `/sign-in?as=<demo user>&redirect=…` signs in directly, before anything renders, and goes on to
 * the redirect (the Lighthouse benchmark cannot click, and this way it measures the page a
 * signed-in user loads, not the sign-in page). It can only choose among the same demo users the
 * sign-in page offers.
 */
export function consumeDirectSignIn(users: readonly SessionUser[]) {
  if (window.location.pathname !== '/sign-in') return;
  const params = new URLSearchParams(window.location.search);
  const user = users.find((u) => u.userName === params.get('as'));
  if (!user) return;
  if (!sessionStore.get()) signInAs(user);
  window.history.replaceState(null, '', safeRedirect(params.get('redirect')));
}

/** Only same-app paths are followed after sign-in (no open redirect). */
export function safeRedirect(target: string | null): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\'))
    return '/';
  return target;
}
