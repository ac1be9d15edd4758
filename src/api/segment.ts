/*
 * One reference in a route, percent-encoded — apart from the rest of the HTTP layer, so that the
 * configuration (env.ts, through the case routes) can use it without importing that layer.
 */

/**
 * Stands in for an empty reference in a route (`/incidents/${''}`), so that the HTTP layer refuses
 * it when the request is sent: as `/incidents/` it would reach the list instead of a ticket.
 */
export const EMPTY_SEGMENT = '\u0000';

/** One interpolated reference, percent-encoded (an empty one marked, see EMPTY_SEGMENT). */
export function segment(value: string | number): string {
  const text = String(value);
  return text === '' ? EMPTY_SEGMENT : encodeURIComponent(text);
}
