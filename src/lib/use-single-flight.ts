import { useCallback, useRef, useState } from 'react';

/**
 * One request at a time. `run(task)` starts `task` unless an earlier one is still running, in
 * which case it does nothing: the check is a ref, set synchronously, so the second click of a
 * double click is refused even before React has re-rendered the button as busy. The guard is
 * released in `finally`, whatever the outcome, so a failed request can be tried again. `busy` is
 * the same thing as state, for the UI (a loading button, a dialog that may not close).
 *
 * Like TanStack Query's `mutate`, `run` never rejects: a task shows its own failure (a mutation
 * keeps it in `error`, a plain call catches it). Its promise resolves once the task has settled,
 * at once when refused.
 */
export function useSingleFlight() {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (task: () => Promise<unknown>): Promise<void> => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await task();
    } catch {
      // Shown by the task's caller, see above.
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { run, busy };
}
