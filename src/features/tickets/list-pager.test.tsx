import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ListPager } from './list-pager';

/** A pager over `total` rows that keeps its own page and size, as the list's URL does. */
function Pager({ total }: { total: number }) {
  const [page, setPage] = useState(0);
  const [size, setSize] = useState<10 | 25 | 50>(10);
  return (
    <ListPager
      total={total}
      page={page}
      size={size}
      sizes={[10, 25, 50]}
      onPageChange={setPage}
      onSizeChange={(s) => {
        setSize(s);
        setPage(0);
      }}
    />
  );
}

describe('a list’s pager', () => {
  it('shows the rows on screen out of all, and goes page by page and to either end', async () => {
    const user = userEvent.setup();
    render(<Pager total={1234} />);
    expect(screen.getByText('1–10 of 1,234')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'First page' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByText('11–20 of 1,234')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Last page' }));
    expect(screen.getByText('1,231–1,234 of 1,234')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(screen.getByText('1,221–1,230 of 1,234')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'First page' }));
    expect(screen.getByText('1–10 of 1,234')).toBeInTheDocument();
  });

  it('changes the rows per page and starts again at the first', async () => {
    const user = userEvent.setup();
    render(<Pager total={60} />);
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    const select = screen.getByRole('combobox', { name: 'Rows per page' });
    expect(select).toHaveTextContent('10');
    await user.click(select);
    await user.click(screen.getByRole('option', { name: '25' }));
    expect(select).toHaveTextContent('25');
    expect(screen.getByText('1–25 of 60')).toBeInTheDocument();
  });

  it('keeps the keyboard’s focus on the pager when the focused button turns disabled', async () => {
    const user = userEvent.setup();
    render(<Pager total={20} />);
    screen.getByRole('button', { name: 'Next page' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('11–20 of 20')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    // Nothing follows Next that is enabled, so the focus goes back to Previous.
    expect(screen.getByRole('button', { name: 'Previous page' })).toHaveFocus();
  });

  it('shows the last page when the page asked for is past it (the list shrank)', () => {
    render(
      <ListPager
        total={20}
        page={5}
        size={10}
        sizes={[10]}
        onPageChange={() => {}}
        onSizeChange={() => {}}
      />,
    );
    expect(screen.getByText('11–20 of 20')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeEnabled();
  });

  it('says 0–0 of 0 for an empty list, with nowhere to go', () => {
    render(<Pager total={0} />);
    expect(screen.getByText('0–0 of 0')).toBeInTheDocument();
    for (const name of ['First page', 'Previous page', 'Next page', 'Last page'])
      expect(screen.getByRole('button', { name })).toBeDisabled();
  });
});
