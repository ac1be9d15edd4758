/*
 * A list rewrites an address it does not fully understand (`?page=-5`, `sort=zzz`) to the view it
 * shows, replacing the history entry, and marks that entry in its history state: the page says
 * the address was changed while it shows that entry — until the user changes the view. A mark
 * from before a reload, or one the user has moved on from (then comes Back to), says nothing:
 * only the marks made since this page loaded, and not yet moved on from, count.
 */
const live = new Set<string>();
let made = 0;

/** The history state for a rewritten address. */
export function rewrittenAddress() {
  const id = `${Date.now()}-${++made}`;
  live.add(id);
  return { addressRewritten: id };
}

/** Whether the current address is one a list has just rewritten (its history entry says so). */
export function isRewrittenAddress(locationState: unknown): boolean {
  if (typeof locationState !== 'object' || locationState === null) return false;
  const id = (locationState as { addressRewritten?: unknown }).addressRewritten;
  return typeof id === 'string' && live.has(id);
}

/** The user changed the view: what was said about the address before no longer applies. */
export function forgetRewrittenAddresses() {
  live.clear();
}
