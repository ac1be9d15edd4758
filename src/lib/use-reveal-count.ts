import { startTransition, useEffect, useState } from 'react';

/**
 * How many items of a long list to render: the first screenful at once, then `step` more per task,
 * in a transition. Rendering and committing 25 rich cards at once is one long task (~150 ms on a
 * slow phone) that blocks input; in batches, no task is long. Once every item has shown, later
 * changes (another page, a filter) render whole — the list never shrinks under the user.
 */
export function useRevealCount(total: number, { first = 5, step = 5 } = {}): number {
  const [count, setCount] = useState(first);
  useEffect(() => {
    if (count === Infinity || total === 0) return;
    const next = count + step >= total ? Infinity : count + step;
    const timer = setTimeout(() => startTransition(() => setCount(next)));
    return () => clearTimeout(timer);
  }, [count, total, step]);
  return count;
}
