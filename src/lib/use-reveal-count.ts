import { startTransition, useEffect, useState } from 'react';

/** Set once a list has shown whole: only the portal's first screen builds up in batches. */
let firstScreenShown = false;

/** Whether no list has shown whole yet: the page being built is the portal's first screen. */
export const onFirstScreen = () => !firstScreenShown;

/**
 * How many items of a long list to render: on the portal's first screen, the first screenful at
 * once, then `step` more per task, in a transition. Rendering and committing 25 rich cards at once
 * is one long task (~150 ms on a slow phone) that blocks input while the portal starts; in
 * batches, no task is long. Every later list (another page, a filter, the way back from a detail)
 * renders whole: the list never shrinks under the user, and the way back finds its scroll position.
 */
export function useRevealCount(total: number, { first = 5, step = 5 } = {}): number {
  const [count, setCount] = useState(() => (firstScreenShown ? Infinity : first));
  useEffect(() => {
    if (count === Infinity) {
      firstScreenShown = true;
      return;
    }
    if (total === 0) return;
    const next = count + step >= total ? Infinity : count + step;
    const timer = setTimeout(() => startTransition(() => setCount(next)));
    return () => clearTimeout(timer);
  }, [count, total, step]);
  return count;
}
