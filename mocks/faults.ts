import { delay, http, HttpResponse } from 'msw';
import { z } from 'zod';
import type { SandboxFault } from '@/app/sandbox-controls';
import { isRegExp } from '@/lib/regexp';
import { errorResponseFor } from './lib/respond';

/*
 * The sandbox's fault switch: make chosen requests slow, fail, hang, or answer nonsense — to see
 * what the portal does when the backend misbehaves. Set it
 * - at start-up by configuration: `VITE_SANDBOX_FAULTS` (browser sandbox) or `FAULTS`
 *   (`npm run mock-server`), a JSON array of faults, checked by `parseFaults`;
 * - while running: the "Fault switch" in the user menu of sandbox builds, or
 *   `window.__sandbox.setFaults([...])`; on the mock server `PUT /__sandbox/faults`;
 * - in Node tests through `faults.set(...)`.
 */

export const FAULT_KINDS = [
  'status',
  'network',
  'malformed',
  'latency',
  'timeout',
  'expired',
] as const satisfies readonly Fault['kind'][];

export const FAULT_METHODS = [
  'GET',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
] as const satisfies readonly NonNullable<Fault['method']>[];

/** The fault's shape is the portal's (its fault switch control edits the same list). */
export type Fault = SandboxFault;

const faultSchema = z
  .object({
    kind: z.enum(FAULT_KINDS),
    status: z.number().int().min(400).max(599).optional(),
    delayMs: z.number().int().min(0).max(120_000).optional(),
    method: z.enum(FAULT_METHODS).optional(),
    path: z.string().refine(isRegExp, 'not a valid regular expression').optional(),
    times: z.number().int().positive().optional(),
  })
  .strict();

/** Reads a fault list from configuration text (JSON); says exactly what is wrong otherwise. */
export function parseFaults(text: string | undefined): Fault[] {
  if (!text || !text.trim()) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error(`Sandbox faults: not JSON: ${text.slice(0, 80)}`);
  }
  const result = z.array(faultSchema).safeParse(Array.isArray(raw) ? raw : [raw]);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(
      `Sandbox faults: ${issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'invalid'}`,
    );
  }
  return result.data;
}

const CODES: Record<number, '500001' | '503001'> = { 500: '500001', 503: '503001' };

export function createFaults() {
  let faults: (Fault & { left: number })[] = [];
  const listeners = new Set<(active: Fault[]) => void>();
  // The faults in force, as one value that changes only when they do (a store snapshot).
  let snapshot: Fault[] = [];
  const notify = () => {
    snapshot = faults
      .filter((f) => f.left > 0)
      .map(({ left, ...f }) => (Number.isFinite(left) ? { ...f, times: left } : f));
    listeners.forEach((l) => l(snapshot));
  };
  const active = () => snapshot;

  const match = (request: Request) => {
    const url = new URL(request.url);
    const path = url.pathname.replace(/^.*?\/(service-tickets|case-management)\/v2/, '') || '/';
    return faults.find(
      (f) =>
        f.left > 0 &&
        (!f.method || f.method.toUpperCase() === request.method) &&
        (!f.path || new RegExp(f.path).test(path)),
    );
  };

  const resolver = async ({ request }: { request: Request }) => {
    const fault = match(request);
    // Answered in the error shape of the API the path belongs to.
    const path = new URL(request.url).pathname;
    if (!fault) return undefined; // on to the real handlers
    fault.left -= 1;
    if (Number.isFinite(fault.left)) notify();
    switch (fault.kind) {
      case 'latency':
        await delay(fault.delayMs ?? 2000);
        return undefined;
      case 'timeout':
        await delay('infinite');
        return undefined;
      case 'network':
        return HttpResponse.error();
      case 'malformed':
        return new HttpResponse('{"totalSize": 3, "incidents": [', {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      case 'expired':
        return errorResponseFor(path, 401, '401003', 'the token has expired');
      case 'status': {
        const status = fault.status ?? 500;
        return status === 503 || status === 500
          ? errorResponseFor(path, status, CODES[status] ?? '500001')
          : new HttpResponse(null, { status });
      }
    }
  };
  const handlers = [
    http.all('*/service-tickets/v2/*', resolver),
    http.all('*/case-management/v2/*', resolver),
    // The OSS/J and Service Orders APIs have no prefix: their paths are matched as they are.
    http.all('*/troubleTicket', resolver),
    http.all('*/troubleTicket/*', resolver),
    http.all('*/tenants/*', resolver),
  ];

  return {
    handlers,
    set(list: Fault[]) {
      faults = list.map((f) => ({ ...f, left: f.times ?? Number.POSITIVE_INFINITY }));
      notify();
    },
    clear() {
      faults = [];
      notify();
    },
    /** The faults still in force (`times` is what is left of a limited one). */
    active,
    subscribe(listener: (active: Fault[]) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type Faults = ReturnType<typeof createFaults>;
