import { afterEach, describe, expect, it } from 'vitest';
import { sessionStore } from '@/api/session';
import { DEMO_USERS } from '@/config/demo-users';
import { consumeDirectSignIn } from './sign-in-as';

const go = (url: string) => window.history.replaceState(null, '', url);

describe('direct sign-in by URL (/sign-in?as=…)', () => {
  afterEach(() => {
    sessionStore.clear();
    go('/');
  });

  it('signs a demo user in and goes on to the redirect', () => {
    go('/sign-in?as=Ola%20Nordmann&redirect=%2Forders%3Fstatus%3DNew');
    consumeDirectSignIn(DEMO_USERS);
    expect(sessionStore.get()?.user.userName).toBe('Ola Nordmann');
    expect(window.location.pathname + window.location.search).toBe('/orders?status=New');
  });

  it('ignores a name that is not a demo user', () => {
    go('/sign-in?as=Mallory&redirect=%2Forders');
    consumeDirectSignIn(DEMO_USERS);
    expect(sessionStore.get()).toBeNull();
    expect(window.location.pathname).toBe('/sign-in');
  });

  it('never follows a redirect off the portal', () => {
    go('/sign-in?as=Kari%20Nordmann&redirect=%2F%2Fevil.example%2Fx');
    consumeDirectSignIn(DEMO_USERS);
    expect(window.location.pathname).toBe('/');
    expect(window.location.host).not.toContain('evil');
  });

  it('does nothing on other pages', () => {
    go('/incidents?as=Kari%20Nordmann');
    consumeDirectSignIn(DEMO_USERS);
    expect(sessionStore.get()).toBeNull();
    expect(window.location.pathname).toBe('/incidents');
  });
});
