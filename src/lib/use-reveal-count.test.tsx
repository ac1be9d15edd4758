import { render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Each test starts as a fresh start of the portal (the module remembers its first screen).
let useRevealCount: typeof import('./use-reveal-count').useRevealCount;
beforeEach(async () => {
  vi.resetModules();
  ({ useRevealCount } = await import('./use-reveal-count'));
});

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

  it('once everything has shown, new items and every later list render whole', async () => {
    const { rerender, unmount } = render(<List items={items(12)} />);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(12));
    rerender(<List items={items(25, 'next')} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(25);
    unmount();
    // Another page's list, or the same list on the way back from a detail.
    render(<List items={items(25, 'again')} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(25);
  });
});
