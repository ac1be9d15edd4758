import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { setupApiSandbox, signIn, supportUser } from '@/testing/api-sandbox';
import { openTicket, reload, waitForCommentSent } from '@/features/tickets/test-utils';
import { renderApp } from '@/testing/render-app';
import { isClosedStatus } from '@/api/service-tickets/workflow';
import { wholeText } from '@/testing/text';

const sandbox = setupApiSandbox();

function orderIn(status: string) {
  const found = sandbox.tickets.all('orders').find((o) => o.status === status);
  if (!found) throw new Error(`no order in ${status} in the seed`);
  return found;
}

describe('order detail: what is waiting on whom', () => {
  it('a company user is asked for information', async () => {
    const order = orderIn('Awaiting Customer');
    await openTicket('orders', order.id, order.caseNumber);
    expect(
      screen.getByText(/^Waiting on you: customer service needs information/),
    ).toBeInTheDocument();
  });

  it('support staff are told the customer is asked, not that it waits on them', async () => {
    signIn(supportUser);
    const order = orderIn('Awaiting Customer');
    await openTicket('orders', order.id, order.caseNumber);
    expect(
      screen.getByText(/^Waiting on the customer: they have been asked for information/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Waiting on you/)).not.toBeInTheDocument();
  });
});

describe('order detail: asking to cancel', () => {
  it('a company user asks support to cancel, with a reason, as a comment on the order', async () => {
    const order = orderIn('New');
    const comments = order.comments.length;
    const { user } = await openTicket('orders', order.id, order.caseNumber);
    await user.click(screen.getByRole('button', { name: 'Ask to cancel' }));
    const dialog = screen.getByRole('dialog', {
      name: 'Ask customer service to cancel this order',
    });
    const reason = within(dialog).getByRole('textbox', { name: /^Why should the order/ });
    expect(reason).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Send the request' }));
    expect(within(dialog).getByText('Say why the order should be cancelled.')).toBeVisible();
    expect(order.comments).toHaveLength(comments);

    await user.type(reason, 'Bestilt ved en feil <b>');
    await user.click(within(dialog).getByRole('button', { name: 'Send the request' }));
    await waitFor(() =>
      expect(order.comments.at(-1)?.body).toBe(
        'Please cancel this order. Reason: Bestilt ved en feil <b>',
      ),
    );
    expect(order.comments).toHaveLength(comments + 1);
    expect(
      await screen.findByText('Your request to cancel the order was sent to customer service.'),
    ).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The order itself is unchanged: only support can cancel it.
    expect(order.status).toBe('New');
    // Asked once is asked: the page says so, and does not offer to ask again.
    const note = await screen.findByText(
      /^You asked customer service to cancel this order on .+\. They cancel it/,
    );
    expect(note).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Ask to cancel' })).not.toBeInTheDocument();
    // The keyboard is not dropped with the button that opened the dialog.
    await waitFor(() => expect(note.closest('[role="note"]')).toHaveFocus());
  });

  it('knows a request written in the other language, and by someone else', async () => {
    const order = orderIn('In Progress');
    const { unmount } = await openTicket('orders', order.id, order.caseNumber);
    expect(screen.getByRole('button', { name: 'Ask to cancel' })).toBeInTheDocument();
    unmount();
    sandbox.tickets.apply({
      type: 'comment',
      ticketId: order.id,
      text: 'Kanseller denne bestillingen. Årsak: Feil modell',
      user: { userName: 'Ola Nordmann', internalUser: false },
      at: sandbox.tickets.clock(),
    });
    await openTicket('orders', order.id, order.caseNumber);
    expect(
      await screen.findByText(/^Ola Nordmann asked customer service to cancel this order on /),
    ).toBeVisible();
    expect(screen.queryByText(/^You asked/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ask to cancel' })).not.toBeInTheDocument();
  });

  it('does not name anyone when the order does not say who asked', async () => {
    const order = orderIn('In Progress');
    order.comments.push({
      id: 'a0u-unknown-request',
      at: sandbox.tickets.clock(),
      body: 'Please cancel this order. Reason: Feil modell',
      userName: 'Kari Nordmann',
    });
    await openTicket('orders', order.id, order.caseNumber);
    expect(
      await screen.findByText(/^Customer service was asked to cancel this order on /),
    ).toBeVisible();
  });

  it('is not offered to support staff', async () => {
    signIn(supportUser);
    const order = orderIn('New');
    await openTicket('orders', order.id, order.caseNumber);
    expect(screen.getByRole('button', { name: 'Send comment' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ask to cancel' })).not.toBeInTheDocument();
  });

  it('is not offered on a closed order', async () => {
    const order = sandbox.tickets.all('orders').find((o) => isClosedStatus('orders', o.status));
    if (!order) throw new Error('no closed order in the seed');
    await openTicket('orders', order.id, order.caseNumber);
    expect(screen.queryByRole('button', { name: 'Ask to cancel' })).not.toBeInTheDocument();
  });
});

describe('order detail: the comment draft', () => {
  it('keeps what is typed across a reload, and forgets it once sent', async () => {
    const order = orderIn('In Progress');
    const first = await openTicket('orders', order.id, order.caseNumber);
    await first.user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Leveres fredag?');
    reload(first.unmount);

    const second = await openTicket('orders', order.id, order.caseNumber);
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue('Leveres fredag?');
    await second.user.click(screen.getByRole('button', { name: 'Send comment' }));
    await waitFor(() => expect(order.comments.at(-1)?.body).toBe('Leveres fredag?'));
    await waitForCommentSent();
    reload(second.unmount);
    await openTicket('orders', order.id, order.caseNumber);
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue('');
  });
});

describe('order detail: the reason for a cancel request', () => {
  it('is kept across a reload and a closed dialog, and forgotten once sent', async () => {
    // Another order than the one asked for above.
    const order = sandbox.tickets.all('orders').filter((o) => o.status === 'New')[1];
    if (!order) throw new Error('the seed has one new order only');
    const first = await openTicket('orders', order.id, order.caseNumber);
    await first.user.click(screen.getByRole('button', { name: 'Ask to cancel' }));
    await first.user.type(
      screen.getByRole('textbox', { name: /^Why should the order/ }),
      'Feil adresse',
    );
    reload(first.unmount);

    const second = await openTicket('orders', order.id, order.caseNumber);
    await second.user.click(screen.getByRole('button', { name: 'Ask to cancel' }));
    const reason = screen.getByRole('textbox', { name: /^Why should the order/ });
    expect(reason).toHaveValue('Feil adresse');
    await second.user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await second.user.click(screen.getByRole('button', { name: 'Ask to cancel' }));
    expect(screen.getByRole('textbox', { name: /^Why should the order/ })).toHaveValue(
      'Feil adresse',
    );
    await second.user.click(screen.getByRole('button', { name: 'Send the request' }));
    await waitFor(() =>
      expect(order.comments.at(-1)?.body).toBe('Please cancel this order. Reason: Feil adresse'),
    );
    expect(
      Object.keys(sessionStorage).filter((k) => k.includes(`cancel-request.${order.id}`)),
    ).toEqual([]);
  });

  it('is thrown away by “Keep the order”, not by Escape', async () => {
    const order = sandbox.tickets.all('orders').filter((o) => o.status === 'New')[2];
    if (!order) throw new Error('the seed has fewer than three new orders');
    const { user } = await openTicket('orders', order.id, order.caseNumber);
    const reason = () => screen.getByRole('textbox', { name: /^Why should the order/ });
    await user.click(screen.getByRole('button', { name: 'Ask to cancel' }));
    await user.type(reason(), 'Kanskje');
    await user.click(screen.getByRole('button', { name: 'Keep the order' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Ask to cancel' }));
    expect(reason()).toHaveValue('');
    await user.type(reason(), '   ');
    await new Promise((done) => setTimeout(done, 400)); // past the draft's save delay
    expect(
      Object.keys(sessionStorage).filter((k) => k.includes(`cancel-request.${order.id}`)),
    ).toEqual([]);
  });
});

describe('order pages: an unknown id', () => {
  it('says the order was not found and leads back to the list', async () => {
    renderApp('/orders/DOESNOTEXIST123');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Order not found' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(wholeText(/^No order has the id DOESNOTEXIST123, /)),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the orders' })).toHaveAttribute(
      'href',
      '/orders',
    );
  });
});
