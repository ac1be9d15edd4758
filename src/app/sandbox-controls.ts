/**
 * Controls of the embedded sandbox, registered by `main.tsx` only when the sandbox runs, so the
 * app never imports sandbox code itself (it must not reach the normal build).
 */
export interface SandboxControls {
  resetData(): void;
}

let controls: SandboxControls | null = null;

export function registerSandboxControls(c: SandboxControls) {
  controls = c;
}

export function getSandboxControls(): SandboxControls | null {
  return controls;
}
