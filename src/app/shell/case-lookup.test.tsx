import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupApiSandbox } from '@/testing/api-sandbox';
import { renderApp } from '@/testing/render-app';
import { wholeText } from '@/testing/text';

const sandbox = setupApiSandbox();

/** The cases page, and the app bar's look-up on it. */
async function openLookUp() {
  const { router } = renderApp('/cases');
  const user = userEvent.setup();
  const search = (
    await screen.findAllByRole('search', { name: 'Find by number' }, { timeout: 10_000 })
  )[0];
  if (!search) throw new Error('no look-up');
  return { user, search, router };
}

describe('finding a case by its number', () => {
  it('a malformed entry in the app bar names every form of number it takes', async () => {
    const { user, search } = await openLookUp();
    await user.type(within(search).getByRole('textbox'), 'abc!!{Enter}');
    const message = await within(search).findByRole('alert');
    expect(message).toHaveTextContent(
      '“abc!!” is not a case number. Type a case number: an incident or order case number like Case-00010225 (or 10225), an 8-digit case number like 11150929, or an order number like 1-204976070710.',
    );
    expect(within(search).getByRole('textbox')).toHaveAccessibleDescription(message.textContent);
  });

  it('a well-formed number nothing has is named as typed', async () => {
    const { user, search } = await openLookUp();
    await user.type(within(search).getByRole('textbox'), '99999999{Enter}');
    expect(await within(search).findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'No incident, order or case has the number “99999999”.',
    );
  });

  it('the accepted forms still find what they name', async () => {
    const { user, search, router } = await openLookUp();
    await user.type(within(search).getByRole('textbox'), '1-204976070710{Enter}');
    expect(
      await screen.findByRole('heading', { name: 'Case 11150929' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const incident = sandbox.tickets.all('incidents')[0];
    if (!incident) throw new Error('no incident in the seed');
    await user.type(within(search).getByRole('textbox'), `${incident.caseNumber}{Enter}`);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/incidents/${incident.id}`), {
      timeout: 10_000,
    });
  });

  it('/cases/abc says the number is malformed, not that there is no such case', async () => {
    let asked = 0;
    const count = () => {
      asked += 1;
    };
    sandbox.server.events.on('request:start', count);
    renderApp('/cases/abc');
    expect(
      await screen.findByRole('heading', { name: 'Not a case number' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        wholeText(
          '“abc” is not a case or order number. A case number has 8 characters (e.g. 11150929); an order number has 14 to 100 (e.g. 1-204976070710). Incidents and orders, with numbers like Case-00010225, are found with “Find by number” in the app bar (on a phone, in the menu).',
        ),
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/There is no case/)).not.toBeInTheDocument();
    sandbox.server.events.removeListener('request:start', count);
    expect(asked).toBe(0);
  });

  it('an unknown number of the right form is still "not found"', async () => {
    renderApp('/cases/99999999');
    expect(
      await screen.findByRole('heading', { name: 'Case not found' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(wholeText(/There is no case or order with the number 99999999/)),
    ).toBeVisible();
  });
});

describe('the case list’s own number box', () => {
  async function openBox() {
    const view = renderApp('/cases');
    const box = await screen.findByRole(
      'textbox',
      { name: 'Case or order number' },
      { timeout: 10_000 },
    );
    return { ...view, box, user: userEvent.setup() };
  }

  it('given an incident’s or an order’s number, opens it, as the app bar’s look-up does', async () => {
    const incident = sandbox.tickets.all('incidents')[0];
    const order = sandbox.tickets.all('orders')[0];
    if (!incident || !order) throw new Error('the seed has no incidents or orders');
    const first = await openBox();
    await first.user.type(first.box, incident.caseNumber);
    await first.user.click(screen.getByRole('button', { name: 'Open' }));
    await vi.waitFor(() =>
      expect(first.router.state.location.pathname).toBe(`/incidents/${incident.id}`),
    );
    first.unmount();
    // Read the way the app bar's look-up reads it: "case 10224".
    const second = await openBox();
    await second.user.type(second.box, order.caseNumber.replace(/^Case-0*/, 'case '));
    await second.user.click(screen.getByRole('button', { name: 'Open' }));
    await vi.waitFor(() =>
      expect(second.router.state.location.pathname).toBe(`/orders/${order.id}`),
    );
  });

  it('given such a number that no incident or order has, says so', async () => {
    const { box, user } = await openBox();
    await user.type(box, 'Case-09999999');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await vi.waitFor(() =>
      expect(box).toHaveAccessibleDescription(
        'No incident, order or case has the number “Case-09999999”.',
      ),
    );
  });
});
