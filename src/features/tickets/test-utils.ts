import { expect } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SetupServer } from 'msw/node';
import type { TicketKind } from '@/api/service-tickets/schemas';
import { renderApp } from '@/testing/render-app';

/*
 * Helpers for the ticket pages' integration tests (imported by tests only, never by the app).
 */

/** Counts the requests the page sends, by method and path. */
export function watchRequests(server: SetupServer) {
  const seen: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    seen.push(`${request.method} ${new URL(request.url).pathname}`);
  };
  server.events.on('request:start', listener);
  return {
    count: (method: string, path: RegExp) =>
      seen.filter((s) => s.startsWith(`${method} `) && path.test(s.slice(method.length + 1)))
        .length,
    stop: () => server.events.removeListener('request:start', listener),
  };
}

/** Two clicks faster than React re-renders: both land before the button shows it is busy. */
export function doubleClickAtOnce(element: HTMLElement) {
  act(() => {
    element.click();
    element.click();
  });
}

/**
 * A reload of the page: the browser says `pagehide`, then the page is gone — React's clean-ups
 * never run. sessionStorage stays as it was after `pagehide`: what an unmount would still write
 * does not count.
 */
export function reload(unmount: () => void) {
  window.dispatchEvent(new Event('pagehide'));
  const kept = Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i) ?? '')
    .filter(Boolean)
    .map((key) => [key, sessionStorage.getItem(key) ?? ''] as const);
  unmount();
  sessionStorage.clear();
  for (const [key, value] of kept) sessionStorage.setItem(key, value);
}

/** The comment's request is answered (the send button is no longer busy). */
export async function waitForCommentSent() {
  await waitFor(() =>
    expect(
      within(screen.getByRole('button', { name: 'Send comment' })).queryByRole('progressbar'),
    ).not.toBeInTheDocument(),
  );
}

/** Opens a ticket's page and waits for its heading (the case number). */
export async function openTicket(kind: TicketKind, id: string, caseNumber: string) {
  const view = renderApp(`/${kind}/${id}`);
  await screen.findByRole('heading', { level: 1, name: caseNumber }, { timeout: 10_000 });
  return { ...view, user: userEvent.setup() };
}
