/*
 * A list rewrites an address it does not fully understand (`?page=-5`, `sort=zzz`) to the view it
 * shows, replacing the history entry, and marks that entry in its history state: the page says
 * the address was changed while it shows that entry, and no longer once the user changes the view.
 */
const REWRITTEN = { addressRewritten: true } as const;

/** The history state for the rewritten address. */
export const rewrittenAddress = () => REWRITTEN;

/** Whether the current address is one a list rewrote (its history entry says so). */
export const isRewrittenAddress = (locationState: unknown) =>
  typeof locationState === 'object' &&
  locationState !== null &&
  (locationState as { addressRewritten?: unknown }).addressRewritten === true;
