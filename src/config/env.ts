import { DEFAULT_CASES_BASE_URL, DEFAULT_CASE_ROUTES, parseRoute } from '@/api/cases/routes';
import type { CaseRoute, CaseRouteName } from '@/api/cases/routes';

/**
 * Build-time configuration, checked once at start-up so a typo in a `.env` file fails loudly
 * instead of producing requests to `undefined/incidents`. (Checked by hand rather than with zod,
 * to keep zod out of the first JavaScript a visitor downloads.)
 */

function fail(name: string, problem: string): never {
  throw new Error(`Invalid portal configuration: ${name} ${problem}`);
}

function flag(name: string, raw: unknown): boolean {
  if (raw === undefined || raw === '') return false;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  return fail(name, `must be "true" or "false", got ${JSON.stringify(raw)}`);
}

function optionalInt(name: string, raw: unknown, min: number, max: number): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) fail(name, `must be an integer ${min}–${max}`);
  return n;
}

function url(name: string, raw: unknown, fallback: string): string {
  if (raw === undefined || raw === '') return fallback;
  if (typeof raw !== 'string' || !/^(\/|https?:\/\/)/.test(raw))
    fail(name, 'must be a path starting with / or an http(s) URL');
  return raw;
}

function route(name: string, raw: unknown, fallback: CaseRoute): CaseRoute {
  if (raw === undefined || raw === '') return fallback;
  const parsed = typeof raw === 'string' ? parseRoute(raw) : null;
  return parsed ?? fail(name, 'must look like "PATCH /tickets/{caseNumber}"');
}

const source = import.meta.env as Record<string, unknown>;

export const env = {
  apiBaseUrl: url('VITE_API_BASE_URL', source.VITE_API_BASE_URL, '/service-tickets/v2'),
  apiMocking: flag('VITE_API_MOCKING', source.VITE_API_MOCKING),
  applicationId:
    typeof source.VITE_APPLICATION_ID === 'string' && source.VITE_APPLICATION_ID !== ''
      ? source.VITE_APPLICATION_ID
      : undefined,
  seedSize: optionalInt('VITE_SEED_SIZE', source.VITE_SEED_SIZE, 1, 100_000),
  /** The sandbox's faults from the start: JSON, checked by the sandbox when it starts. */
  sandboxFaults:
    typeof source.VITE_SANDBOX_FAULTS === 'string' ? source.VITE_SANDBOX_FAULTS : undefined,
  /** How long a request may take before it counts as a timeout. */
  apiTimeoutMs:
    optionalInt('VITE_API_TIMEOUT_MS', source.VITE_API_TIMEOUT_MS, 1000, 120_000) ?? 15_000,
  /** The OSS/J trouble ticket API: its paths have no prefix (`/troubleTicket`) [TT-13]. */
  troubleTicketsBaseUrl: url(
    'VITE_TROUBLE_TICKETS_BASE_URL',
    source.VITE_TROUBLE_TICKETS_BASE_URL,
    '',
  ),
  /** The tenant/store Service Orders API: host and version are not documented [SO-1]. */
  serviceOrdersBaseUrl: url(
    'VITE_SERVICE_ORDERS_BASE_URL',
    source.VITE_SERVICE_ORDERS_BASE_URL,
    '',
  ),
  casesBaseUrl: url('VITE_CASES_BASE_URL', source.VITE_CASES_BASE_URL, DEFAULT_CASES_BASE_URL),
  caseRoutes: Object.fromEntries(
    Object.entries(DEFAULT_CASE_ROUTES).map(([name, fallback]) => {
      const variable = `VITE_CASES_ROUTE_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
      return [name, route(variable, source[variable], fallback)];
    }),
  ) as Record<CaseRouteName, CaseRoute>,
};
