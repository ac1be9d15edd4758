/*
 * Writes that got no answer (see isUnanswered), kept for the tab's session in sessionStorage like
 * drafts (and cleared with them on sign-out): a form left and opened again, or a reload, still
 * looks once more before the same thing is sent again.
 */

export interface Unanswered {
  /** What was sent, as the form sends it (a comment's text, a create's body as JSON). */
  sent: string;
  /** When it was first sent (what it made is looked for from then on). */
  sentAt: number;
  /** What was there before it was sent (comment ids), so only something new counts. */
  before?: string[];
}

const key = (name: string) => `portal.unanswered.${name}`;

export function readUnanswered(name: string): Unanswered | null {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(key(name)) ?? 'null');
    const v = value as Partial<Unanswered> | null;
    return v && typeof v.sent === 'string' && typeof v.sentAt === 'number'
      ? { sent: v.sent, sentAt: v.sentAt, ...(Array.isArray(v.before) ? { before: v.before } : {}) }
      : null;
  } catch {
    return null;
  }
}

export function saveUnanswered(name: string, record: Unanswered) {
  try {
    sessionStorage.setItem(key(name), JSON.stringify(record));
  } catch {
    /* storage full: the look once more is only for this page's life */
  }
}

export function clearUnanswered(name: string) {
  try {
    sessionStorage.removeItem(key(name));
  } catch {
    /* nothing to clear */
  }
}
