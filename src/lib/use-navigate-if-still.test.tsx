import { describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { useNavigateIfStill } from './use-navigate-if-still';

/** A page whose look-up starts with `begin` (handed out for the test to call). */
function setup() {
  const handle: { begin?: () => (to: string) => boolean } = {};
  function Page() {
    handle.begin = useNavigateIfStill();
    return <Outlet />;
  }
  const router = createMemoryRouter(
    [
      { path: '/', element: <Page /> },
      { path: '/other', element: <p>other</p> },
      { path: '/found', element: <p>found</p> },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
  const begin = () => {
    if (!handle.begin) throw new Error('the page is not rendered');
    return handle.begin();
  };
  return { router, begin };
}

describe('a navigation that waits on a look-up', () => {
  it('goes when the user is still where the look-up started', () => {
    const { router, begin } = setup();
    const go = begin();
    let went = false;
    act(() => {
      went = go('/found');
    });
    expect(went).toBe(true);
    expect(router.state.location.pathname).toBe('/found');
  });

  it('does not pull away a user who went elsewhere meanwhile', async () => {
    const { router, begin } = setup();
    const go = begin();
    await act(() => router.navigate('/other'));
    let went = true;
    act(() => {
      went = go('/found');
    });
    expect(went).toBe(false);
    expect(router.state.location.pathname).toBe('/other');
  });

  it('nor one who went elsewhere and came back (a new visit of the page)', async () => {
    const { router, begin } = setup();
    const go = begin();
    await act(() => router.navigate('/other'));
    await act(() => router.navigate('/'));
    act(() => {
      go('/found');
    });
    expect(router.state.location.pathname).toBe('/');
  });
});
