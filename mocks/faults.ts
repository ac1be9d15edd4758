import { delay, http, HttpResponse } from 'msw';
import { errorResponse } from './lib/respond';

/*
 * The sandbox's fault switch: make chosen requests slow, fail, hang, or answer nonsense — to see
 * what the portal does when the backend misbehaves. Set in the browser through
 * `window.__sandbox.setFaults([...])` (sandbox builds only), in Node through `faults.set(...)`.
 */

export type FaultKind = 'status' | 'network' | 'malformed' | 'latency' | 'timeout' | 'expired';

export interface Fault {
  kind: FaultKind;
  /** HTTP status for `status` faults (500, 503 …). */
  status?: number;
  /** Extra milliseconds for `latency`. */
  delayMs?: number;
  /** Only this method (any when absent). */
  method?: string;
  /** Only paths matching this regular expression (below the API base, e.g. `^/incidents$`, `^/tickets`). */
  path?: string;
  /** Only the next N matching requests (all when absent). */
  times?: number;
}

const CODES: Record<number, '500001' | '503001'> = { 500: '500001', 503: '503001' };

export function createFaults() {
  let faults: (Fault & { left: number })[] = [];

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
    if (!fault) return undefined; // on to the real handlers
    fault.left -= 1;
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
        return errorResponse(401, '401003', 'the token has expired');
      case 'status': {
        const status = fault.status ?? 500;
        return status === 503 || status === 500
          ? errorResponse(status, CODES[status] ?? '500001')
          : new HttpResponse(null, { status });
      }
    }
  };
  const handlers = [
    http.all('*/service-tickets/v2/*', resolver),
    http.all('*/case-management/v2/*', resolver),
  ];

  return {
    handlers,
    set(list: Fault[]) {
      faults = list.map((f) => ({ ...f, left: f.times ?? Number.POSITIVE_INFINITY }));
    },
    clear() {
      faults = [];
    },
    active(): Fault[] {
      return faults.filter((f) => f.left > 0);
    },
  };
}

export type Faults = ReturnType<typeof createFaults>;
