import { useRef } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { isUnanswered } from '../http';
import { parseApiDate } from '../lenient';
import { ticketKeys } from './queries';
import { incidentApi, ticketApis } from './tickets';
import type { UploadOptions, WriteOf } from './tickets';
import type { Comment, ContactWrite, StatusWrite, TicketKind } from './schemas';

/*
 * Mutation hooks. Each returns its invalidation promise, so it stays pending until the fresh data
 * has arrived; UI effects (toasts, navigation) belong in the caller's `mutate(…, { onSuccess })`.
 */

type Branch = 'comments' | 'attachments';

/**
 * After a write on one ticket: its detail (embedded activities, lastModifiedDate), its activity
 * pages, the branch that changed, the lists (every row carries `lastActivity`) and the feeds.
 */
export function invalidateTicket(
  queryClient: QueryClient,
  kind: TicketKind,
  id: string,
  options: { branches?: Branch[]; counts?: boolean } = {},
) {
  const keys = [
    ticketKeys.itemActivities(kind, id),
    ticketKeys.lists(kind),
    ticketKeys.feeds(kind),
    ...(options.branches ?? []).map((b) =>
      b === 'comments' ? ticketKeys.comments(kind, id) : ticketKeys.attachments(kind, id),
    ),
    ...(options.counts ? [ticketKeys.counts(kind)] : []),
  ];
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ticketKeys.detail(kind, id), exact: true }),
    ...keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  ]);
}

export function useCreateTicket<K extends TicketKind>(kind: K) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WriteOf<K>) => ticketApis[kind].create(body),
    onSuccess: () =>
      Promise.all(
        [ticketKeys.lists(kind), ticketKeys.counts(kind), ticketKeys.feeds(kind)].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}

export function useUpdateTicket<K extends TicketKind>(kind: K, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WriteOf<K>) => ticketApis[kind].update(id, body),
    onSuccess: () => invalidateTicket(queryClient, kind, id, { counts: true }),
  });
}

export function useUpdateIncidentStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StatusWrite) => incidentApi.updateStatus(id, body),
    onSuccess: () => invalidateTicket(queryClient, 'incidents', id, { counts: true }),
  });
}

/** Adds a comment optimistically; a refusal rolls the thread back to what the server has. */
/** Whether a comment with this text is on the ticket, made since `since` (give or take a clock). */
async function isCommentThere(kind: TicketKind, id: string, text: string, since: number) {
  const comments = await ticketApis[kind].comments(id);
  return comments.some(
    (c) =>
      c.commentBody === text && (parseApiDate(c.createdDate)?.getTime() ?? 0) >= since - 5 * 60_000,
  );
}

export function useAddComment(kind: TicketKind, id: string) {
  const queryClient = useQueryClient();
  const key = ticketKeys.comments(kind, id);
  // A send that got no answer: a slow server may still save it after the portal looked, so the
  // same text sent again is looked for once more first.
  const unanswered = useRef<{ text: string; sentAt: number } | null>(null);
  return useMutation({
    mutationFn: async (text: string) => {
      const earlier = unanswered.current?.text === text ? unanswered.current : null;
      const sentAt = earlier?.sentAt ?? Date.now();
      if (earlier && (await isCommentThere(kind, id, text, sentAt))) {
        unanswered.current = null;
        return { id: undefined };
      }
      try {
        const answer = await ticketApis[kind].addComment(id, text);
        unanswered.current = null;
        return answer;
      } catch (error) {
        if (!isUnanswered(error)) throw error;
        unanswered.current = { text, sentAt };
        if (await isCommentThere(kind, id, text, sentAt).catch(() => false)) {
          unanswered.current = null;
          return { id: undefined };
        }
        throw error;
      }
    },
    onMutate: async (text) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Comment[]>(key);
      const optimistic: Comment = {
        id: `pending-${Date.now()}`,
        createdDate: new Date().toISOString(),
        commentBody: text,
      };
      queryClient.setQueryData<Comment[]>(key, (old) => [...(old ?? []), optimistic]);
      return { previous };
    },
    onError: (_error, _text, context) => {
      queryClient.setQueryData(key, context?.previous);
    },
    onSettled: () => invalidateTicket(queryClient, kind, id, { branches: ['comments'] }),
  });
}

export function useUploadAttachment(kind: TicketKind, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, ...options }: { file: File } & UploadOptions) =>
      ticketApis[kind].uploadAttachment(id, file, options),
    onSuccess: () => invalidateTicket(queryClient, kind, id, { branches: ['attachments'] }),
  });
}

export function useDeleteAttachment(kind: TicketKind, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ attachmentId, fileName }: { attachmentId: string; fileName: string }) =>
      ticketApis[kind].deleteAttachment(id, attachmentId, fileName),
    onSuccess: () => invalidateTicket(queryClient, kind, id, { branches: ['attachments'] }),
  });
}

export type ContactRole = 'contact' | 'localContact';

export function useUpdateContact(kind: TicketKind, id: string, role: ContactRole) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contact: ContactWrite) =>
      role === 'contact'
        ? ticketApis[kind].updateContact(id, contact)
        : ticketApis[kind].updateLocalContact(id, contact),
    onSuccess: () => invalidateTicket(queryClient, kind, id),
  });
}

export function useDeleteLocalContact(kind: TicketKind, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => ticketApis[kind].deleteLocalContact(id),
    onSuccess: () => invalidateTicket(queryClient, kind, id),
  });
}
