import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useListState } from './list-state';

const wrapper = ({ children }: { children: ReactNode }) => (
  <MemoryRouter initialEntries={['/incidents']}>{children}</MemoryRouter>
);

describe('useListState', () => {
  it('counts every change made before the list re-rendered with the last one', () => {
    const { result } = renderHook(
      () => ({ list: useListState('incidents'), location: useLocation() }),
      { wrapper },
    );
    act(() => {
      // Three quick presses: each sees the state of the same render.
      result.current.list.update((c) => ({ status: [...c.status, 'New'] }));
      result.current.list.update((c) => ({ status: [...c.status, 'In Progress'] }));
      result.current.list.update({ sort: 'location' });
    });
    expect(result.current.list.state.status).toEqual(['New', 'In Progress']);
    expect(result.current.list.state.sort).toBe('location');
    expect(result.current.location.search).toContain('status=New&status=In+Progress');
    // Once it has re-rendered, a change builds on the address as it is.
    act(() => {
      result.current.list.update((c) => ({ status: c.status.slice(1) }));
    });
    expect(result.current.list.state.status).toEqual(['In Progress']);
  });
});
