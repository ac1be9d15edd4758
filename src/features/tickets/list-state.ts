import { useCallback, useMemo, useRef } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { SORT_FIELDS_BY_KIND } from '@/api/service-tickets/schemas';
import { STATUSES } from '@/api/service-tickets/workflow';
import type { TicketKind, TicketListParams, TicketSortField } from '@/api/service-tickets/schemas';
import { forgetRewrittenAddresses } from '@/lib/rewritten-address';

/*
 * A ticket list's whole view — filters, search, sort, page — lives in the URL, so a reload, the
 * back button or a shared link restores exactly the same view.
 */

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export type ClosedFilter = 'open' | 'closed' | 'all';
export type Scope = 'org' | 'mine';

export interface ListState {
  q: string;
  state: ClosedFilter;
  status: string[];
  category: string[];
  scope: Scope;
  sort: TicketSortField;
  dir: 'asc' | 'desc';
  /** 1-based, as in the URL. */
  page: number;
  size: PageSize;
}

export const DEFAULT_LIST_STATE: ListState = {
  q: '',
  state: 'open',
  status: [],
  category: [],
  scope: 'org',
  sort: 'createdDate',
  dir: 'desc',
  page: 1,
  size: 25,
};

/** Which URL parameters could not be understood (and were ignored). */
export type ListStateProblem = 'state' | 'scope' | 'sort' | 'dir' | 'page' | 'size' | 'status';

export function parseListState(
  params: URLSearchParams,
  kind: TicketKind,
): {
  state: ListState;
  problems: ListStateProblem[];
} {
  const problems: ListStateProblem[] = [];
  const d = DEFAULT_LIST_STATE;
  const pick = <T extends string>(key: ListStateProblem, allowed: readonly T[], fallback: T): T => {
    const raw = params.get(key);
    if (raw === null) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    problems.push(key);
    return fallback;
  };
  const int = (key: ListStateProblem, fallback: number, ok: (n: number) => boolean) => {
    const raw = params.get(key);
    if (raw === null) return fallback;
    const n = Number(raw);
    if (Number.isInteger(n) && ok(n)) return n;
    problems.push(key);
    return fallback;
  };
  const unique = (key: string) => [...new Set(params.getAll(key).filter((v) => v.trim() !== ''))];
  // A status this kind of ticket does not have (`status=bogus`) would only ever find nothing.
  const statuses = unique('status');
  const knownStatuses = statuses.filter((s) => STATUSES[kind].includes(s));
  if (knownStatuses.length < statuses.length) problems.push('status');
  const state: ListState = {
    q: (params.get('q') ?? '').slice(0, 200),
    state: pick('state', ['open', 'closed', 'all'], d.state),
    status: knownStatuses,
    category: unique('category'),
    scope: pick('scope', ['org', 'mine'], d.scope),
    sort: pick('sort', SORT_FIELDS_BY_KIND[kind], d.sort),
    dir: pick('dir', ['asc', 'desc'], d.dir),
    page: int('page', d.page, (n) => n >= 1 && n <= 100_000),
    size: int('size', d.size, (n) => (PAGE_SIZES as readonly number[]).includes(n)) as PageSize,
  };
  return { state, problems };
}

/** Only what differs from the defaults goes in the URL. */
export function toSearchParams(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  const d = DEFAULT_LIST_STATE;
  if (state.q) params.set('q', state.q);
  if (state.state !== d.state) params.set('state', state.state);
  state.status.forEach((s) => params.append('status', s));
  state.category.forEach((c) => params.append('category', c));
  if (state.scope !== d.scope) params.set('scope', state.scope);
  if (state.sort !== d.sort || state.dir !== d.dir) {
    params.set('sort', state.sort);
    params.set('dir', state.dir);
  }
  if (state.page !== d.page) params.set('page', String(state.page));
  if (state.size !== d.size) params.set('size', String(state.size));
  return params;
}

/** The API query for a view (without paging when `all` is asked, e.g. for export). */
export function toApiParams(
  state: ListState,
  userName: string,
  options: { all?: boolean } = {},
): TicketListParams {
  return {
    search: state.q.trim() || undefined,
    isClosed: state.state === 'all' ? undefined : state.state === 'closed',
    status: state.status.length ? state.status : undefined,
    productCategoryName: state.category.length ? state.category : undefined,
    loggedBy: state.scope === 'mine' ? userName : undefined,
    sortField: state.sort,
    order: state.dir === 'asc' ? 'ASC' : 'DESC',
    ...(options.all ? {} : { skip: (state.page - 1) * state.size, count: state.size }),
  };
}

export const isFiltered = (state: ListState) =>
  state.q !== '' ||
  state.status.length > 0 ||
  state.category.length > 0 ||
  state.scope !== 'org' ||
  state.state !== DEFAULT_LIST_STATE.state;

export function useListState(kind: TicketKind) {
  const [params, setParams] = useSearchParams();
  const { state, problems } = useMemo(() => parseListState(params, kind), [params, kind]);
  // React Router hands a functional update the address of the last render, not the one a press
  // just before it asked for: a press made before the list re-rendered builds on that one.
  const pending = useRef<{
    from: URLSearchParams;
    next: URLSearchParams;
    historyState: unknown;
  } | null>(null);
  const location = useLocation();
  const update = useCallback(
    (
      change: Partial<ListState> | ((current: ListState) => Partial<ListState>),
      options: {
        replace?: boolean;
        flushSync?: boolean;
        /** The history state of the new entry. */
        state?: unknown;
        /**
         * A change the portal makes, not the user (a page past the end moved to the last one):
         * the entry keeps its history state, and a notice about the address stays.
         */
        ownChange?: boolean;
      } = {},
    ) => {
      const building = pending.current?.from === params ? pending.current : null;
      const current = building ? building.next : params;
      const base = parseListState(current, kind).state;
      if (typeof change === 'function') change = change(base);
      // Any change but paging starts from the first page again.
      const resetsPage = Object.keys(change).some((k) => k !== 'page' && k !== 'size');
      const next = toSearchParams({ ...base, ...(resetsPage ? { page: 1 } : {}), ...change });
      // The history state of the new entry (not the list's state, above).
      const historyState = options.ownChange
        ? (options.state ?? (building ? building.historyState : (location.state as unknown)))
        : options.state;
      pending.current = { from: params, next, historyState };
      // The user's own change: what was said about the address before no longer applies.
      if (!options.ownChange) forgetRewrittenAddresses();
      // Drawn at once, not in a transition: a Back pressed before a transition was drawn would
      // land on the very address (and params object) drawn before, and the next change, or a
      // field mirroring the address, would build on the change Back undid. (Not from an effect,
      // where React cannot draw at once.)
      setParams(next, {
        replace: options.replace,
        flushSync: options.flushSync ?? true,
        state: historyState,
      });
      return next;
    },
    [params, setParams, kind, location.state],
  );
  return { state, problems, update };
}
