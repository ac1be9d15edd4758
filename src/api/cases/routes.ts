import { segment } from '../segment';
/*
 * The Case Management document gives no paths or methods [CM-1]: they are configuration. These
 * defaults are the inventory's INFERRED routes; `VITE_CASES_*` variables override them.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export interface CaseRoute {
  method: HttpMethod;
  /** With `{id}` or `{caseNumber}` placeholders. */
  path: string;
}

export const DEFAULT_CASES_BASE_URL = '/case-management/v2';

export const DEFAULT_CASE_ROUTES = {
  create: { method: 'POST', path: '/tickets' },
  get: { method: 'GET', path: '/tickets/{id}' },
  addNote: { method: 'PATCH', path: '/tickets/{caseNumber}' },
  cancel: { method: 'POST', path: '/tickets/{id}/cancel' },
  /** Not in the document at all [CM-22]: where attachment files are uploaded to get their ids. */
  upload: { method: 'POST', path: '/attachments' },
} satisfies Record<string, CaseRoute>;
export type CaseRouteName = keyof typeof DEFAULT_CASE_ROUTES;

/** "PATCH /tickets/{caseNumber}" → a route; null when it is not of that form. */
export function parseRoute(value: string): CaseRoute | null {
  const m = /^\s*(GET|POST|PUT|PATCH|DELETE)\s+(\/\S*)\s*$/i.exec(value);
  return m?.[1] && m[2] ? { method: m[1].toUpperCase() as HttpMethod, path: m[2] } : null;
}

/** Fills the placeholders, percent-encoding each value (an empty one is refused when sent). */
export function fillRoute(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_m, key: string) => segment(values[key] ?? ''));
}
