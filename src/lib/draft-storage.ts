/*
 * Where form drafts live (sessionStorage, `portal.draft.<form>.<user>`), apart from the forms'
 * own code: the app shell asks whether there are any (before signing out) without loading the
 * forms' chunk on every page.
 */

export const DRAFT_PREFIX = 'portal.draft.';
/** Dispatched on `window`: the draft module writes the saves still waiting, at once. */
export const FLUSH_DRAFTS_EVENT = 'portal:flush-drafts';

/** Whether `userName` has any draft in this tab (saves still waiting are written first). */
export function hasDrafts(userName: string): boolean {
  window.dispatchEvent(new Event(FLUSH_DRAFTS_EVENT));
  const suffix = `.${userName}`;
  try {
    return Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i)).some(
      (k) => k !== null && k.startsWith(DRAFT_PREFIX) && k.endsWith(suffix),
    );
  } catch {
    return false;
  }
}
