import { setupServer } from 'msw/node';
import { createSandbox } from './sandbox';
import type { SandboxOptions } from './sandbox';

/** The sandbox inside Node (Vitest): a fresh, seeded store per call. */
export function createNodeSandbox(options: SandboxOptions = {}) {
  const sandbox = createSandbox(options);
  const server = setupServer(...sandbox.handlers);
  return { ...sandbox, server };
}
