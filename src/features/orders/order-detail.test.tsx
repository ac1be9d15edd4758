import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupApiSandbox, signIn, supportUser } from '@/testing/api-sandbox';
import { renderApp } from '@/testing/render-app';

const sandbox = setupApiSandbox();

function orderIn(status: string) {
  const found = sandbox.tickets.all('orders').find((o) => o.status === status);
  if (!found) throw new Error(`no order in ${status} in the seed`);
  return found;
}

async function openOrder(id: string, caseNumber: string) {
  const view = renderApp(`/orders/${id}`);
  await screen.findByRole('heading', { level: 1, name: caseNumber }, { timeout: 10_000 });
  return { ...view, user: userEvent.setup() };
}

describe('order detail: what is waiting on whom', () => {
  it('a company user is asked for information', async () => {
    const order = orderIn('Awaiting Customer');
    await openOrder(order.id, order.caseNumber);
    expect(
      screen.getByText(/^Waiting on you: customer service needs information/),
    ).toBeInTheDocument();
  });

  it('support staff are told the customer is asked, not that it waits on them', async () => {
    signIn(supportUser);
    const order = orderIn('Awaiting Customer');
    await openOrder(order.id, order.caseNumber);
    expect(
      screen.getByText(/^Waiting on the customer: they have been asked for information/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Waiting on you/)).not.toBeInTheDocument();
  });
});
