import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { ticketApis } from './tickets';
import type { ActivityListParams, TicketFilter, TicketKind, TicketListParams } from './schemas';

/**
 * Hierarchical query keys per kind: `[kind]` ⊃ `[kind, 'list']` ⊃ `[kind, 'list', params]`, and
 * `[kind, 'detail', id]` ⊃ its comments, attachments and activities — so a write can invalidate
 * exactly the branch it changed.
 */
export const ticketKeys = {
  all: (kind: TicketKind) => [kind] as const,
  lists: (kind: TicketKind) => [kind, 'list'] as const,
  list: (kind: TicketKind, params: TicketListParams) => [kind, 'list', params] as const,
  counts: (kind: TicketKind) => [kind, 'count'] as const,
  count: (kind: TicketKind, filter: TicketFilter) => [kind, 'count', filter] as const,
  categories: (kind: TicketKind) => [kind, 'categories'] as const,
  feeds: (kind: TicketKind) => [kind, 'activities'] as const,
  feed: (kind: TicketKind, params: ActivityListParams) => [kind, 'activities', params] as const,
  details: (kind: TicketKind) => [kind, 'detail'] as const,
  detail: (kind: TicketKind, id: string) => [kind, 'detail', id] as const,
  comments: (kind: TicketKind, id: string) => [kind, 'detail', id, 'comments'] as const,
  attachments: (kind: TicketKind, id: string) => [kind, 'detail', id, 'attachments'] as const,
  itemActivities: (kind: TicketKind, id: string) => [kind, 'detail', id, 'activities'] as const,
  itemActivityPage: (kind: TicketKind, id: string, params: ActivityListParams) =>
    [kind, 'detail', id, 'activities', 'page', params] as const,
  activity: (kind: TicketKind, id: string, activityId: string) =>
    [kind, 'detail', id, 'activities', 'one', activityId] as const,
};

export function ticketQueries<K extends TicketKind>(kind: K) {
  const api = ticketApis[kind];
  return {
    list: (params: TicketListParams) =>
      queryOptions({
        queryKey: ticketKeys.list(kind, params),
        queryFn: ({ signal }) => api.list(params, signal),
        // Paging, sorting and filtering keep the last rows on screen until the next ones arrive.
        placeholderData: keepPreviousData,
      }),
    count: (filter: TicketFilter) =>
      queryOptions({
        queryKey: ticketKeys.count(kind, filter),
        queryFn: ({ signal }) => api.count(filter, signal),
      }),
    categories: () =>
      queryOptions({
        queryKey: ticketKeys.categories(kind),
        queryFn: ({ signal }) => api.productCategories(signal),
        staleTime: 60 * 60_000,
      }),
    feed: (params: ActivityListParams) =>
      queryOptions({
        queryKey: ticketKeys.feed(kind, params),
        queryFn: ({ signal }) => api.activities(params, signal),
      }),
    detail: (id: string) =>
      queryOptions({
        queryKey: ticketKeys.detail(kind, id),
        queryFn: ({ signal }) => api.get(id, signal),
      }),
    comments: (id: string) =>
      queryOptions({
        queryKey: ticketKeys.comments(kind, id),
        queryFn: ({ signal }) => api.comments(id, signal),
      }),
    attachments: (id: string) =>
      queryOptions({
        queryKey: ticketKeys.attachments(kind, id),
        queryFn: ({ signal }) => api.attachments(id, signal),
      }),
    itemActivities: (id: string, params: ActivityListParams) =>
      queryOptions({
        queryKey: ticketKeys.itemActivityPage(kind, id, params),
        queryFn: ({ signal }) => api.itemActivities(id, params, signal),
        placeholderData: keepPreviousData,
      }),
    activity: (id: string, activityId: string) =>
      queryOptions({
        queryKey: ticketKeys.activity(kind, id, activityId),
        queryFn: ({ signal }) => api.activity(id, activityId, signal),
      }),
  };
}

export const incidentQueries = ticketQueries('incidents');
export const orderQueries = ticketQueries('orders');
