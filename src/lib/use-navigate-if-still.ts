import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * For a navigation that waits on a request (a look-up by number): `begin()` notes where the user
 * is, and the navigation it returns goes only if they are still there, on this page — a user who
 * moved on meanwhile is not pulled away from where they went. It says whether it went.
 */
export function useNavigateIfStill() {
  const navigate = useNavigate();
  const { key } = useLocation();
  const here = useRef<string | null>(key);
  useEffect(() => {
    here.current = key;
    return () => {
      here.current = null; // left (or unmounted): nothing noted before this holds
    };
  }, [key]);
  return function begin() {
    const at = here.current;
    return (to: string): boolean => {
      if (at === null || here.current !== at) return false;
      void navigate(to);
      return true;
    };
  };
}
