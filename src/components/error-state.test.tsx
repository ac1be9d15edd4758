import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ApiError } from '@/api/http';
import { sessionStore } from '@/api/session';
import { DEMO_USERS } from '@/config/demo-users';
import type { SessionUser } from '@/api/session';
import { ErrorState } from './error-state';

const customer = DEMO_USERS.find((u) => u.role === 'customer') as SessionUser;

const expired = (refusedToken: string) =>
  new ApiError({ kind: 'http', status: 401, code: '401003', message: 'expired', refusedToken });

describe('an error where data should be', () => {
  it('offers Try again for a failure that trying again can mend', () => {
    const error = new ApiError({ kind: 'http', status: 503, message: 'down' });
    render(<ErrorState error={error} onRetry={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('offers no Try again for an expired session until the user has signed in again', () => {
    sessionStore.set({ token: 'token-old', user: customer });
    const { rerender } = render(<ErrorState error={expired('token-old')} onRetry={vi.fn()} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/sign in again/i);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    sessionStore.set({ token: 'token-new', user: customer });
    rerender(<ErrorState error={expired('token-old')} onRetry={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    sessionStore.clear();
  });
});
