import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useRevealCount } from './use-reveal-count';

function List({ items }: { items: string[] }) {
  const count = useRevealCount(items.length);
  return (
    <ul>
      {items.slice(0, count).map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

const items = (n: number, prefix = 'item') => Array.from({ length: n }, (_, i) => `${prefix} ${i}`);

describe('useRevealCount', () => {
  it('renders the first screenful at once, then the rest in batches until all show', async () => {
    const { rerender } = render(<List items={[]} />);
    rerender(<List items={items(23)} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(23));
  });

  it('once everything has shown, a new set of items renders whole', async () => {
    const { rerender } = render(<List items={items(12)} />);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(12));
    rerender(<List items={items(25, 'next')} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(25);
  });
});
