import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { customer, setupApiSandbox, signIn, supportUser } from '@/testing/api-sandbox';
import { renderApp } from '@/testing/render-app';

/*
 * A file of its own, on a page that loads none of the cases' modules but through the app bar (the
 * incident list; home loads them for its own reasons): nothing else here may load them, so even
 * SENT_STORAGE_KEY is written out rather than imported.
 */
setupApiSandbox();

const SENT = 'portal.cases.sent';

describe('the app bar: what the user sent to cases is theirs only', () => {
  it('is cleared when another user signs in in this tab without signing out, on any page', async () => {
    // Kept in this tab from before a reload; no case page opened since.
    sessionStorage.setItem(
      SENT,
      JSON.stringify({
        userName: customer.userName,
        cases: {
          '11150929': {
            entries: [
              {
                kind: 'note',
                text: 'Notat.',
                visibility: 'EXTERNAL',
                files: [],
                at: '2026-11-20T08:00:00Z',
              },
            ],
          },
        },
      }),
    );
    renderApp('/incidents');
    await screen.findByRole('button', { name: customer.userName }, { timeout: 10_000 });
    expect(sessionStorage.getItem(SENT)).not.toBeNull();
    act(() => signIn(supportUser));
    expect(sessionStorage.getItem(SENT)).toBeNull();
    expect(await screen.findByRole('button', { name: supportUser.userName })).toBeInTheDocument();
  });
});
