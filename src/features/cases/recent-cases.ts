import { useCallback, useSyncExternalStore } from 'react';

/*
 * The API has no list of cases, so the portal remembers the case and order numbers this user
 * created or opened — per user, on this device (localStorage; numbers only, never a token).
 */

export interface RecentCase {
  number: string;
  addedAt: number;
}

const key = (userName: string) => `portal.cases.${userName}`;
const MAX = 200;
const listeners = new Set<() => void>();
const cache = new Map<string, { raw: string | null; list: RecentCase[] }>();

function read(userName: string): RecentCase[] {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(key(userName));
  } catch {
    /* unavailable */
  }
  const hit = cache.get(userName);
  if (hit && hit.raw === raw) return hit.list;
  let list: RecentCase[] = [];
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (Array.isArray(parsed)) {
      list = parsed.flatMap((e: unknown) => {
        if (!e || typeof e !== 'object') return [];
        const { number, addedAt } = e as Record<string, unknown>;
        return typeof number === 'string' && /^[\w-]{8,100}$/.test(number)
          ? [{ number, addedAt: typeof addedAt === 'number' ? addedAt : 0 }]
          : [];
      });
    }
  } catch {
    list = [];
  }
  cache.set(userName, { raw, list });
  return list;
}

function write(userName: string, list: RecentCase[]) {
  try {
    localStorage.setItem(key(userName), JSON.stringify(list.slice(0, MAX)));
  } catch {
    /* storage full: the list just does not grow */
  }
  listeners.forEach((l) => l());
}

export function rememberCase(userName: string, number: string) {
  const list = read(userName).filter((c) => c.number !== number);
  write(userName, [{ number, addedAt: Date.now() }, ...list]);
}

export function forgetCase(userName: string, number: string) {
  write(
    userName,
    read(userName).filter((c) => c.number !== number),
  );
}

/** Puts a removed case back where it was (the list is newest first). */
export function restoreCase(userName: string, entry: RecentCase) {
  const list = read(userName).filter((c) => c.number !== entry.number);
  write(
    userName,
    [...list, entry].sort((a, b) => b.addedAt - a.addedAt),
  );
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = () => listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useRecentCases(userName: string) {
  const list = useSyncExternalStore(subscribe, () => read(userName));
  const remember = useCallback((n: string) => rememberCase(userName, n), [userName]);
  const forget = useCallback((n: string) => forgetCase(userName, n), [userName]);
  const restore = useCallback((e: RecentCase) => restoreCase(userName, e), [userName]);
  return { list, remember, forget, restore };
}
