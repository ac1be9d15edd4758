import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupApiSandbox } from '@/testing/api-sandbox';
import { renderApp } from '@/testing/render-app';

const sandbox = setupApiSandbox();

const VIEW = '/incidents?q=Oslo&state=all&sort=subject&dir=asc&page=2&size=10';

async function openList(url: string) {
  const view = renderApp(url);
  await screen.findByRole('heading', { level: 1, name: 'Incidents' }, { timeout: 10_000 });
  const table = await screen.findByRole('table', { name: 'Incidents' });
  await within(table).findAllByRole('link', {}, { timeout: 10_000 });
  return { ...view, user: userEvent.setup(), table };
}

const backLink = () => within(screen.getByRole('main')).getByRole('link', { name: /^Incidents$/ });

async function detailHeading(caseNumber: string) {
  return screen.findByRole('heading', { level: 1, name: caseNumber }, { timeout: 10_000 });
}

describe('a ticket’s way back to the list', () => {
  it('goes back to the list view it was opened from: search, filters, sort and page', async () => {
    const { user, table, router } = await openList(VIEW);
    const first = within(table).getAllByRole('link')[0] as HTMLElement;
    const caseNumber = first.textContent;
    await user.click(first);
    await detailHeading(caseNumber);
    expect(backLink()).toHaveAttribute('href', VIEW);
    await user.click(backLink());
    await screen.findByRole('table', { name: 'Incidents' });
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(VIEW);
  });

  it('remembers the last list view when the ticket was reached another way', async () => {
    const { router } = await openList(VIEW);
    const incident = sandbox.tickets.all('incidents')[0];
    if (!incident) throw new Error('no incidents in the seed');
    // Not from a row: e.g. after saving an edit, or from home.
    await act(() => router.navigate(`/incidents/${incident.id}`));
    await detailHeading(incident.caseNumber);
    expect(backLink()).toHaveAttribute('href', VIEW);
  });

  it('without a list seen this session, goes to the plain list', async () => {
    const incident = sandbox.tickets.all('incidents')[0];
    if (!incident) throw new Error('no incidents in the seed');
    renderApp(`/incidents/${incident.id}`);
    await detailHeading(incident.caseNumber);
    expect(backLink()).toHaveAttribute('href', '/incidents');
  });
});

describe('an order’s way back to the list', () => {
  it('remembers the last order list view', async () => {
    const view = '/orders?state=closed&sort=caseNumber&dir=asc';
    const { router } = renderApp(view);
    const table = await screen.findByRole('table', { name: 'Orders' }, { timeout: 10_000 });
    await within(table).findAllByRole('link', {}, { timeout: 10_000 });
    const order = sandbox.tickets.all('orders')[0];
    if (!order) throw new Error('no orders in the seed');
    await act(() => router.navigate(`/orders/${order.id}`));
    await detailHeading(order.caseNumber);
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: /^Orders$/ }),
    ).toHaveAttribute('href', view);
  });
});

describe('the incident list by keyboard', () => {
  /** The focus ring the theme draws on a keyboard-focused control. */
  function expectFocusRing(element: Element) {
    expect(element).toHaveFocus();
    expect(element).toHaveClass('Mui-focusVisible');
    const style = getComputedStyle(element);
    expect(style.outlineStyle).toBe('solid');
    expect(style.outlineWidth).toBe('2px');
  }

  async function tabTo(user: ReturnType<typeof userEvent.setup>, element: Element) {
    for (let i = 0; i < 60 && document.activeElement !== element; i++) await user.tab();
  }

  it('shows a clear focus ring on buttons, toggle buttons and the sort headers', async () => {
    // jsdom's guess at :focus-visible depends on event order; here only Tab moves focus, so a
    // focused element is a keyboard-focused one, as a browser would say.
    const matches = Object.getOwnPropertyDescriptor(Element.prototype, 'matches')?.value as (
      this: Element,
      selector: string,
    ) => boolean;
    const spy = vi.spyOn(Element.prototype, 'matches').mockImplementation(function (
      this: Element,
      selector: string,
    ) {
      return selector === ':focus-visible'
        ? this === document.activeElement
        : matches.call(this, selector);
    });
    onTestFinished(() => spy.mockRestore());
    const { user } = await openList('/incidents');
    const exportButton = screen.getByRole('button', { name: 'Export CSV' });
    await tabTo(user, exportButton);
    expectFocusRing(exportButton);

    const open = screen.getByRole('button', { name: 'Open' });
    await tabTo(user, open);
    expectFocusRing(open);

    const subject = within(screen.getByRole('table', { name: 'Incidents' })).getByRole('button', {
      name: 'Subject',
    });
    await tabTo(user, subject);
    expectFocusRing(subject);
  });
});

describe('the status filter follows the open/closed choice', () => {
  it('offers open statuses under Open, closed ones under Closed, and all under All', async () => {
    const { user } = await openList('/incidents');
    const offered = async () => {
      await user.click(screen.getByRole('combobox', { name: /^Status/ }));
      const names = within(await screen.findByRole('listbox'))
        .getAllByRole('option')
        .map((o) => o.textContent);
      await user.keyboard('{Escape}');
      return names;
    };
    const open = await offered();
    expect(open).toContain('In progress');
    expect(open).not.toContain('Cancelled');
    await user.click(screen.getByRole('button', { name: 'Closed' }));
    const closed = await offered();
    expect(closed).toContain('Cancelled');
    expect(closed).not.toContain('In progress');
    await user.click(screen.getByRole('button', { name: 'All' }));
    expect(await offered()).toEqual(expect.arrayContaining(['In progress', 'Cancelled']));
  });
});

describe('a search that fails', () => {
  it('keeps the rows on screen, and says they are the earlier results', async () => {
    const { user } = await openList('/incidents?state=all');
    const count = await screen.findByText(/^\d+ incidents$/);
    const before = count.textContent;
    // Not retried (a 4xx), so the failure shows at once.
    sandbox.faults.set([{ kind: 'status', status: 400, method: 'GET', path: '/incidents$' }]);
    onTestFinished(() => sandbox.faults.clear());
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Bergen');
    expect(
      await screen.findByText(
        `Earlier results (${before}): the list you asked for could not be loaded.`,
        {},
        {
          timeout: 5000,
        },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Incidents' })).getAllByRole('link').length,
    ).toBeGreaterThan(0);
  });
});

describe('a search that finds nothing', () => {
  it('offers one way to clear it, no pager, and then the whole list with the sort kept', async () => {
    const { user } = await openList('/incidents?sort=subject&dir=asc');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'zzzxxqq');
    expect(
      await screen.findByRole('heading', {
        name: 'Nothing found for “zzzxxqq” with the filters chosen.',
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Clear filters' })).toHaveLength(1);
    expect(screen.queryByText(/of 0/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    const count = await screen.findByText(/^\d+ incidents$/);
    expect(count.closest('[role="status"]')).toHaveFocus();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    expect(screen.getByRole('columnheader', { name: /Subject/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
  });
});

describe('product categories that could not be loaded', () => {
  const WARNING =
    'The product categories could not be loaded; filtering by category is not available right now.';

  it('are said to be missing when the server refuses them', async () => {
    sandbox.faults.set([
      { kind: 'status', status: 400, method: 'GET', path: '/productcategories$' },
    ]);
    onTestFinished(() => sandbox.faults.clear());
    await openList('/incidents');
    expect(await screen.findByText(WARNING)).toBeInTheDocument();
  });

  it('are not a message of their own when the session has expired (signing in again loads them)', async () => {
    sandbox.faults.set([{ kind: 'expired', method: 'GET', path: '/productcategories$' }]);
    onTestFinished(() => sandbox.faults.clear());
    await openList('/incidents');
    expect(
      await screen.findByRole('dialog', { name: 'Your session has expired' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(WARNING)).not.toBeInTheDocument();
  });
});

describe('the search field and the browser’s Back', () => {
  it('shows the search Back returns to, even when Back comes before the list re-rendered', async () => {
    const { user, router } = await openList('/incidents?q=Oslo&state=all');
    const search = screen.getByRole('searchbox', { name: 'Search' });
    expect(search).toHaveValue('Oslo');
    // Back pressed in the instant after the cleared search reached the address, before React
    // drew that address: the list never renders the cleared address at all.
    let backed = false;
    const stop = router.subscribe((state) => {
      if (!backed && !state.location.search.includes('q=')) {
        backed = true;
        void router.navigate(-1);
      }
    });
    onTestFinished(stop);
    await user.clear(search);
    await vi.waitFor(() => expect(backed).toBe(true), { timeout: 3000 });
    await vi.waitFor(() => expect(router.state.location.search).toContain('q=Oslo'));
    await vi.waitFor(() => expect(search).toHaveValue('Oslo'), { timeout: 3000 });
  });
});

describe('a filter change and the browser’s Back', () => {
  it('builds the next change on the address Back returned to, even when Back came before the list re-rendered', async () => {
    const { user, router } = await openList('/incidents?state=all');
    let backed = false;
    const stop = router.subscribe((state) => {
      if (!backed && state.location.search.includes('scope=mine')) {
        backed = true;
        void router.navigate(-1);
      }
    });
    onTestFinished(stop);
    await user.click(screen.getByRole('button', { name: 'Mine' }));
    await vi.waitFor(() => expect(backed).toBe(true), { timeout: 3000 });
    await vi.waitFor(() => expect(router.state.location.search).toBe('?state=all'));
    // Back undid "Mine": sorting now must not bring it back.
    await user.click(
      within(screen.getByRole('table', { name: 'Incidents' })).getByRole('button', {
        name: 'Subject',
      }),
    );
    await vi.waitFor(() => expect(router.state.location.search).toContain('sort=subject'));
    expect(router.state.location.search).not.toContain('scope=mine');
    expect(screen.getByRole('button', { name: 'Mine' })).toHaveAttribute('aria-pressed', 'false');
  });
});

describe('filters in the address that the list does not have', () => {
  it('drops an unknown status and category, and says so', async () => {
    const { router } = await openList('/incidents?status=bogus&category=zzz&state=all');
    expect(
      await screen.findByText(
        'Some settings in the address were not understood and have been replaced by the defaults.',
      ),
    ).toBeVisible();
    await vi.waitFor(() => expect(router.state.location.search).toBe('?state=all'));
    // Said still once the address no longer has them.
    expect(
      screen.getByText(
        'Some settings in the address were not understood and have been replaced by the defaults.',
      ),
    ).toBeVisible();
    expect(await screen.findByText(/^\d+ incidents$/)).toBeVisible();
    expect(screen.queryByText('No incidents match')).not.toBeInTheDocument();
    // Until the next change: then the address is the user's own again.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Mine' }));
    await vi.waitFor(() => expect(router.state.location.search).toContain('scope=mine'));
    expect(screen.queryByText(/were not understood/)).not.toBeInTheDocument();
  });

  it('rewrites the address to the view shown when a setting is not understood', async () => {
    const { router } = await openList('/incidents?q=Oslo&page=-5&sort=zzz&dir=up&size=1000');
    await vi.waitFor(() => expect(router.state.location.search).toBe('?q=Oslo'));
    expect(
      screen.getByText(
        'Some settings in the address were not understood and have been replaced by the defaults.',
      ),
    ).toBeVisible();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('Oslo');
    // Once the user changes the view, the notice is gone — also when Back returns to that address.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Mine' }));
    await vi.waitFor(() => expect(router.state.location.search).toContain('scope=mine'));
    expect(screen.queryByText(/were not understood/)).not.toBeInTheDocument();
    await act(() => router.navigate(-1));
    await vi.waitFor(() => expect(router.state.location.search).toBe('?q=Oslo'));
    expect(screen.queryByText(/were not understood/)).not.toBeInTheDocument();
  });

  it('keeps the notice when the page asked for is then moved to the last one', async () => {
    const { router } = await openList('/incidents?page=9999&size=1000');
    await vi.waitFor(() => expect(router.state.location.search).toMatch(/^\?page=\d+$/));
    await vi.waitFor(() => expect(router.state.location.search).not.toBe('?page=9999'));
    expect(screen.getByText(/were not understood/)).toBeVisible();
  });
});
