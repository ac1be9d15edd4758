import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { isApiError, isUnanswered } from '../http';
import { parseApiDate } from '../lenient';
import { clearUnanswered, readUnanswered, saveUnanswered } from '@/lib/unanswered';
import type { Unanswered } from '@/lib/unanswered';
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
    // Sent now or failing now: offline, a dialog waiting for the connection would hold the user.
    networkMode: 'always',
    onSuccess: () => invalidateTicket(queryClient, 'incidents', id, { counts: true }),
    // Refused (someone changed it meanwhile): the page and the dialog's choices catch up.
    onError: (error) => {
      if (isApiError(error) && (error.status === 403 || error.status === 409))
        void invalidateTicket(queryClient, 'incidents', id, { counts: true });
    },
  });
}

/**
 * Whether the comment a send without an answer was for is on the ticket: the same text, new since
 * it was sent (not among the comments there before; made since then, give or take a clock).
 */
async function isCommentThere(kind: TicketKind, id: string, record: Unanswered) {
  const comments = await ticketApis[kind].comments(id);
  return comments.some(
    (c) =>
      c.commentBody === record.sent &&
      !(c.id && record.before?.includes(c.id)) &&
      (parseApiDate(c.createdDate)?.getTime() ?? 0) >= record.sentAt - 5 * 60_000,
  );
}

/** Adds a comment optimistically; a refusal rolls the thread back to what the server has. */
export function useAddComment(kind: TicketKind, id: string) {
  const queryClient = useQueryClient();
  const key = ticketKeys.comments(kind, id);
  // A send that got no answer: a slow server may still save it after the portal looked, so the
  // same text sent again (also after leaving the page, or a reload) is looked for once more first.
  const name = `comment.${kind}.${id}`;
  return useMutation({
    mutationFn: async (text: string) => {
      const stored = readUnanswered(name);
      const earlier = stored?.sent === text ? stored : null;
      const record: Unanswered = earlier ?? {
        sent: text,
        sentAt: Date.now(),
        before: queryClient
          .getQueryData<Comment[]>(key)
          ?.flatMap((c) => (!c.id || c.id.startsWith('pending-') ? [] : [c.id])),
      };
      if (earlier && (await isCommentThere(kind, id, earlier))) {
        clearUnanswered(name);
        return { id: undefined };
      }
      try {
        const answer = await ticketApis[kind].addComment(id, text);
        if (earlier) clearUnanswered(name);
        return answer;
      } catch (error) {
        if (!isUnanswered(error)) throw error;
        saveUnanswered(name, record);
        if (await isCommentThere(kind, id, record).catch(() => false)) {
          clearUnanswered(name);
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
    // The customer's answer to an order awaiting them moves it on: the counts change too.
    onSettled: () =>
      invalidateTicket(queryClient, kind, id, {
        branches: ['comments'],
        counts: kind === 'orders',
      }),
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
