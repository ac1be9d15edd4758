/**
 * Controls of the embedded sandbox, registered by `main.tsx` only when the sandbox runs, so the
 * app never imports sandbox code itself (it must not reach the normal build).
 */

/** One fault of the sandbox's fault switch (the shape `mocks/faults.ts` takes). */
export interface SandboxFault {
  kind: 'status' | 'network' | 'malformed' | 'latency' | 'timeout' | 'expired';
  status?: number;
  delayMs?: number;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path?: string;
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
