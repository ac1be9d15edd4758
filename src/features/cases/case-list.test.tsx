import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customer, setupApiSandbox } from '@/testing/api-sandbox';
import { renderApp } from '@/testing/render-app';

setupApiSandbox();

const key = `portal.cases.${customer.userName}`;
const stored = () =>
  (JSON.parse(localStorage.getItem(key) ?? '[]') as { number: string }[]).map((c) => c.number);

describe('the case list', () => {
  it('lists a case remembered by its order number and by its case number once, and removes and restores both', async () => {
    // Remembered both ways by an earlier version: the order number first, then the case number.
    localStorage.setItem(
      key,
      JSON.stringify([
        { number: '1-204976070710', addedAt: 2 },
        { number: '11150929', addedAt: 1 },
        { number: '11150936', addedAt: 0 },
      ]),
    );
    renderApp('/cases');
    const user = userEvent.setup();
    const table = await screen.findByRole('table', {}, { timeout: 10_000 });
    await waitFor(() => expect(table.querySelector('.MuiSkeleton-root')).toBeNull());
    const links = () =>
      within(table)
        .getAllByRole('link')
        .map((a) => a.textContent);
    expect(links()).toEqual(expect.arrayContaining(['11150929', '11150936']));
    expect(links()).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Remove 11150929 from the list' }));
    expect(links()).toEqual(['11150936']);
    expect(stored()).toEqual(['11150936']);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(links()).toHaveLength(2));
    expect(stored()).toEqual(['1-204976070710', '11150929', '11150936']);
  });
});
