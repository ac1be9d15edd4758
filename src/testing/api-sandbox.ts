import { afterAll, afterEach, beforeAll } from 'vitest';
import { sessionStore } from '@/api/session';
import { DEMO_USERS } from '@/config/demo-users';
import type { SessionUser } from '@/api/session';
import { createNodeSandbox } from '../../mocks/node';
import type { SandboxOptions } from '../../mocks/sandbox';

export const customer = DEMO_USERS.find((u) => u.role === 'customer') as SessionUser;
export const supportUser = DEMO_USERS.find((u) => u.role === 'support') as SessionUser;

export function signIn(user: SessionUser = customer) {
  sessionStore.set({
    token: `test-${user.userName.replace(/\s/g, '-')}`,
    samlToken: 'saml-test',
    user,
  });
}

/**
 * A seeded sandbox behind msw/node for the test file, with a customer signed in. Unhandled
 * requests fail the test.
 */
export function setupApiSandbox(options: SandboxOptions = {}) {
  const sandbox = createNodeSandbox(options);
  beforeAll(() => {
    sandbox.server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    sandbox.server.resetHandlers();
    signIn(customer);
  });
  afterAll(() => {
    sandbox.server.close();
    sessionStore.clear();
  });
  signIn(customer);
  return sandbox;
}

/** Pattern for `server.use` overrides, whatever the test environment's origin. */
export const API = '*/service-tickets/v2';
/** A concrete base URL for raw `fetch` calls in Node tests. */
export const API_URL = 'http://localhost/service-tickets/v2';
