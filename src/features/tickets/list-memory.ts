import { useEffect } from 'react';
import { useLocation } from 'react-router';
import type { TicketKind } from '@/api/service-tickets/schemas';
import { paths } from '@/config/paths';

/*
 * The list view (filters, search, sort, page) each user last looked at, per kind, for the session:
 * a ticket's "back to the list" link returns to it, however the ticket was reached (a row, the
 * search box's case-number jump, after saving an edit, from home).
 */

const listPath = (kind: TicketKind) =>
  kind === 'incidents' ? paths.incidents.list : paths.orders.list;
const key = (kind: TicketKind, userName: string) => `portal.listView.${kind}.${userName}`;

/** Only the kind's own list, with or without a query: never another page or site. */
function isListView(kind: TicketKind, url: string | null | undefined): url is string {
  const list = listPath(kind);
  return url === list || (!!url && url.startsWith(`${list}?`));
}

/** Remembers the list view on screen (call from the list page). */
export function useRememberListView(kind: TicketKind, userName: string) {
  const { pathname, search } = useLocation();
  useEffect(() => {
    const url = `${pathname}${search}`;
    if (!isListView(kind, url)) return;
    try {
      sessionStorage.setItem(key(kind, userName), url);
    } catch {
      /* storage unavailable: the link goes to the plain list */
    }
  }, [kind, userName, pathname, search]);
}

/**
 * Where "back to the list" goes: the view the user came from (`from`, as a list row link passes
 * it), else the one they last looked at, else the plain list.
 */
export function listViewToReturnTo(kind: TicketKind, userName: string, from?: unknown): string {
  if (typeof from === 'string' && isListView(kind, from)) return from;
  try {
    const remembered = sessionStorage.getItem(key(kind, userName));
    if (isListView(kind, remembered)) return remembered;
  } catch {
    /* fall through */
  }
  return listPath(kind);
}

/*
 * The ticket whose page was just left, for the list to give the keyboard back to its row: Back
 * (or the page's way back to the list) puts focus where the user was, not at the top of the page.
 * Kept only for the navigation that leaves the page: any list shown later starts as usual.
 */
let justLeft: { kind: TicketKind; id: string } | null = null;
let forget: ReturnType<typeof setTimeout> | undefined;

/** Call from a ticket's page: on leaving it, the ticket is remembered for a moment. */
export function useRememberLeftTicket(kind: TicketKind, id: string) {
  useEffect(
    () => () => {
      justLeft = { kind, id };
      clearTimeout(forget);
      forget = setTimeout(() => {
        justLeft = null;
      }, 2000);
    },
    [kind, id],
  );
}

/** The ticket of `kind` whose page was just left, if any. */
export function leftTicket(kind: TicketKind): string | undefined {
  return justLeft?.kind === kind ? justLeft.id : undefined;
}

/** Once its row has been given focus (or the moment passed), the ticket is forgotten. */
export function forgetLeftTicket() {
  justLeft = null;
}
