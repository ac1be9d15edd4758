/**
 * Controls of the embedded sandbox, registered by `main.tsx` only when the sandbox runs, so the
 * app never imports sandbox code itself (it must not reach the normal build).
 */

/** One fault of the sandbox's fault switch (`mocks/faults.ts` checks and applies them). */
export interface SandboxFault {
  kind: 'status' | 'network' | 'malformed' | 'latency' | 'timeout' | 'expired';
  /** HTTP status for `status` faults (500, 503 …). */
  status?: number;
  /** Extra milliseconds for `latency`. */
  delayMs?: number;
  /** Only this method (any when absent). */
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Only paths matching this regular expression (below the API base, e.g. `^/incidents$`). */
  path?: string;
  /** Only the next N matching requests (all when absent). */
  times?: number;
}

export interface SandboxControls {
  resetData(): void;
  faults: {
    set: (faults: SandboxFault[]) => void;
    clear: () => void;
    /** The faults in force; the same array until they change. */
    active: () => SandboxFault[];
    subscribe: (listener: (active: SandboxFault[]) => void) => () => void;
  };
}

let controls: SandboxControls | null = null;

export function registerSandboxControls(c: SandboxControls) {
  controls = c;
}

export function getSandboxControls(): SandboxControls | null {
  return controls;
}
