/*
 * The signed-in user and their credentials. The token lives in memory and in sessionStorage (so a
 * reload keeps the session in this tab) — never in localStorage. Everything that needs the user
 * (the `X-User-Name` header, "Mine" filters, defaults in forms) reads it from here.
 */

export const ROLES = ['customer', 'support'] as const;
export type Role = (typeof ROLES)[number];

export interface SessionUser {
  userName: string;
  role: Role;
  email: string;
  phone: string;
  organizationNumber: string;
  organizationName: string;
}

export interface Session {
  token: string;
  samlToken?: string;
  user: SessionUser;
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** A stored session is checked field by field; anything odd means "signed out". */
function parseSession(value: unknown): Session | null {
  if (!value || typeof value !== 'object') return null;
  const { token, samlToken, user } = value as Record<string, unknown>;
  if (!isString(token) || token === '' || !user || typeof user !== 'object') return null;
  const u = user as Record<string, unknown>;
  const fields = ['userName', 'email', 'phone', 'organizationNumber', 'organizationName'] as const;
  if (!fields.every((f) => isString(u[f])) || !ROLES.includes(u.role as Role)) return null;
  if (samlToken !== undefined && !isString(samlToken)) return null;
  return {
    token,
    ...(samlToken ? { samlToken } : {}),
    user: {
      userName: u.userName as string,
      role: u.role as Role,
      email: u.email as string,
      phone: u.phone as string,
      organizationNumber: u.organizationNumber as string,
      organizationName: u.organizationName as string,
    },
  };
}

const STORAGE_KEY = 'portal.session';

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

function readStored(): Session | null {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    return parseSession(JSON.parse(raw));
  } catch {
    return null;
  }
}

let current: Session | null = readStored();
const listeners = new Set<() => void>();
const unauthorizedListeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export const sessionStore = {
  get: (): Session | null => current,
  set(session: Session) {
    const parsed = parseSession(session);
    if (!parsed) throw new Error('Invalid session');
    current = parsed;
    storage()?.setItem(STORAGE_KEY, JSON.stringify(current));
    emit();
  },
  clear() {
    current = null;
    storage()?.removeItem(STORAGE_KEY);
    emit();
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  /** Called by the HTTP layer on a 401: the app decides how to sign in again. */
  notifyUnauthorized() {
    for (const listener of unauthorizedListeners) listener();
  },
  onUnauthorized(listener: () => void) {
    unauthorizedListeners.add(listener);
    return () => {
      unauthorizedListeners.delete(listener);
    };
  },
};
