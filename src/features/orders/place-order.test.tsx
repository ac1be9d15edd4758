import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customer, setupApiSandbox } from '@/testing/api-sandbox';
import { renderApp } from '@/testing/render-app';

setupApiSandbox();
const draftKey = `portal.draft.order-place.${customer.userName}`;

async function openForm() {
  const { router } = renderApp('/orders/new');
  await screen.findByRole('heading', { level: 1, name: 'Place an order' });
  return { user: userEvent.setup(), router };
}

describe('place an order: cancelling', () => {
  it('with nothing entered, Cancel goes straight back to the list', async () => {
    const { user } = await openForm();
    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Orders' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('a chosen file alone is something entered: Cancel asks first', async () => {
    const { user, router } = await openForm();
    await user.upload(
      screen.getByLabelText('Choose files'),
      new File(['kart\n'], 'kart.txt', { type: 'text/plain' }),
    );
    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard what you entered?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/orders/new');
    expect(screen.getByText('kart.txt')).toBeInTheDocument();
  });

  it('with something entered, asks first, and only discarding removes the draft', async () => {
    const { user, router } = await openForm();
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Fornebu – ny linje');
    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard what you entered?' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/orders/new');
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Fornebu – ny linje');

    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    const again = await screen.findByRole('dialog', { name: 'Discard what you entered?' });
    await user.click(within(again).getByRole('button', { name: 'Discard' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Orders' })).toBeInTheDocument();
    expect(sessionStorage.getItem(draftKey)).toBeNull();
  });
});

describe('place an order: on a phone', () => {
  it('asks for digits where digits are wanted: the quantity and the zip code', async () => {
    await openForm();
    expect(screen.getByRole('textbox', { name: /^Quantity/ })).toHaveAttribute(
      'inputmode',
      'numeric',
    );
    expect(screen.getByRole('textbox', { name: /^Zip code/ })).toHaveAttribute(
      'inputmode',
      'numeric',
    );
  });
});
