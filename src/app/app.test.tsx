import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '@/api/session';
import { customer, signIn, setupApiSandbox } from '@/testing/api-sandbox';
import { renderApp } from '@/testing/render-app';

const sandbox = setupApiSandbox();

describe('the app shell', () => {
  it('sends a visitor to sign in, then back to where they were going', async () => {
    sessionStore.clear();
    const { router } = renderApp('/somewhere?x=1#part');
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { name: 'Customer portal' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Ola Nordmann/ }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(router.state.location).toMatchObject({
      pathname: '/somewhere',
      search: '?x=1',
      hash: '#part',
    });
    expect(sessionStore.get()?.user.userName).toBe('Ola Nordmann');
  });

  it('shows the signed-in user the open counts from the API', async () => {
    signIn(customer);
    renderApp('/');
    expect(
      await screen.findByRole('heading', { name: `Welcome, ${customer.userName}` }),
    ).toBeInTheDocument();
    const openIncidents = sandbox.tickets.count('incidents', { isClosed: false });
    const card = screen.getByRole('heading', { name: 'Open incidents' })
      .parentElement as HTMLElement;
    expect(await within(card).findByText(String(openIncidents))).toBeInTheDocument();
  });

  it('switches to Norwegian Bokmål', async () => {
    signIn(customer);
    renderApp('/');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Language and appearance' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Norsk bokmål' }));
    expect(
      await screen.findByRole('heading', { name: `Velkommen, ${customer.userName}` }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nb');
    await user.click(screen.getByRole('button', { name: 'Språk og utseende' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'English' }));
  });

  it('signing out leaves nothing typed or remembered behind in the tab', async () => {
    signIn(customer);
    sessionStorage.setItem(`portal.draft.incident-report.${customer.userName}`, '{"subject":"x"}');
    sessionStorage.setItem(`portal.listView.incidents.${customer.userName}`, '/incidents?q=x');
    sessionStorage.setItem('unrelated', 'kept');
    renderApp('/');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: customer.userName }));
    await user.click(screen.getByRole('menuitem', { name: 'Sign out' }));
    // A draft is there: signing out asks first.
    const ask = await screen.findByRole('dialog', { name: 'Sign out and discard your drafts?' });
    await user.click(within(ask).getByRole('button', { name: 'Sign out and discard' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    const left = Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i));
    expect(left).toEqual(['unrelated']);
  });

  it('after a sign-out, the next person starts at home, not on the page the last one was on', async () => {
    signIn(customer);
    const { router } = renderApp('/incidents?scope=mine');
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: customer.userName }, { timeout: 10_000 }),
    );
    await user.click(screen.getByRole('menuitem', { name: 'Sign out' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    await user.click(screen.getByRole('radio', { name: /Ola Nordmann/ }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await screen.findByRole('heading', { name: 'Welcome, Ola Nordmann' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});
