import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { customer, setupApiSandbox, signIn, supportUser } from '@/testing/api-sandbox';
import { renderApp } from '@/testing/render-app';

const sandbox = setupApiSandbox();
const user = { internalUser: false, userName: customer.userName };

async function recentActivity() {
  renderApp('/');
  const list = await screen.findByRole('list', { name: 'Recent activity' }, { timeout: 10_000 });
  return within(list).getAllByRole('listitem');
}

describe('home: recent activity', () => {
  it('reads as a sentence that names the ticket, and a moment ago is "just now"', async () => {
    const { id } = sandbox.tickets.apply({
      type: 'create',
      kind: 'incidents',
      body: { subject: 'Ny linje på Fornebu', description: 'd' },
      user,
      at: Date.now() - 5_000,
    });
    const created = sandbox.tickets.get('incidents', id);
    if (!created) throw new Error('not created');
    sandbox.tickets.apply({ type: 'comment', ticketId: id, text: 'Hei', user, at: Date.now() });

    const [commented, made] = await recentActivity();
    expect(commented).toHaveTextContent(
      new RegExp(`^${customer.userName} commented on ${created.caseNumber} · just now`),
    );
    expect(made).toHaveTextContent(
      new RegExp(`^${customer.userName} created ${created.caseNumber} · just now`),
    );
    expect(
      within(made as HTMLElement).getByRole('link', { name: created.caseNumber }),
    ).toHaveAttribute('href', `/incidents/${id}`);
    expect(screen.queryByText(/created it|this minute/)).not.toBeInTheDocument();
  });
});

describe('home: what is waiting', () => {
  it('for support staff, the "more" links lead to the new tickets, not the customers’ to-do', async () => {
    signIn(supportUser);
    renderApp('/');
    const more = await screen.findByText(/more are waiting/, {}, { timeout: 10_000 });
    expect(within(more).getByRole('link', { name: 'Incidents' })).toHaveAttribute(
      'href',
      '/incidents?status=New',
    );
    expect(within(more).getByRole('link', { name: 'Orders' })).toHaveAttribute(
      'href',
      '/orders?status=New',
    );
  });
});
