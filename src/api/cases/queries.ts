import { queryOptions, useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { addCaseNote, cancelCase, createCase, getCase } from './cases';
import type { AddNote, CreateCase, NoteResult } from './schemas';
import { recordCancellation, recordOpening, recordSentNote } from './sent';

export const caseKeys = {
  all: ['cases'] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  /*
   * Mutation keys: a note or a cancellation on its way is found by them in the mutation cache,
   * also after the page that sent it was left and opened again (the request goes on without it).
   */
  addNote: (caseNumber: string) => ['cases', 'add-note', caseNumber] as const,
  cancel: (id: string) => ['cases', 'cancel', id] as const,
};

/** The note being sent to this case, if one is — whichever form sent it. */
export function pendingCaseNote(queryClient: QueryClient, caseNumber: string) {
  return queryClient.getMutationCache().find<NoteResult, Error, AddNote>({
    mutationKey: caseKeys.addNote(caseNumber),
    exact: true,
    status: 'pending',
  });
}

/** Whether a cancellation of this case is on its way. */
export const isCancellingCase = (queryClient: QueryClient, id: string) =>
  queryClient.isMutating({ mutationKey: caseKeys.cancel(id), exact: true }) > 0;

/** The same, as state for the UI (a busy button), shared by every component of the page. */
export const useIsAddingCaseNote = (caseNumber: string) =>
  useIsMutating({ mutationKey: caseKeys.addNote(caseNumber), exact: true }) > 0;
export const useIsCancellingCase = (id: string) =>
  useIsMutating({ mutationKey: caseKeys.cancel(id), exact: true }) > 0;

export const caseQueries = {
  detail: (id: string) =>
    queryOptions({
      queryKey: caseKeys.detail(id),
      queryFn: ({ signal }) => getCase(id, signal),
    }),
};

/**
 * Opens a case; what the GET will not return of it (code, references, files) is kept, and which
 * of its details the user named.
 */
export function useCreateCase() {
  return useMutation({
    mutationFn: (body: CreateCase) => createCase(body),
    onSuccess: (result, body) => {
      if (!result.id) return;
      recordOpening(result.id, {
        code: body.code,
        primaryId: body.primaryId,
        ...(body.secondaryId ? { secondaryId: body.secondaryId } : {}),
        ...(body.occurredDateTime ? { occurredDateTime: body.occurredDateTime } : {}),
        files: (body.attachments ?? []).map((a) => a.name ?? a.id),
        detailKeys: Object.keys(body.details ?? {}),
      });
    },
  });
}

/** Adds a note; what was sent is kept for the session, as the Case API never returns notes. */
export function useAddCaseNote(caseNumber: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: caseKeys.addNote(caseNumber),
    mutationFn: (note: AddNote) => addCaseNote(caseNumber, note),
    onSuccess: (result, note) => {
      recordSentNote(caseNumber, {
        text: note.text,
        visibility: note.visibility ?? 'EXTERNAL',
        files: (note.attachments ?? []).map((a) => a.name ?? a.id),
        ...(result.noteId ? { id: result.noteId } : {}),
      });
      return queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseNumber) });
    },
  });
}

/** Cancelling by order number changes the case too: refresh every case shown. */
export function useCancelCase(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: caseKeys.cancel(id),
    mutationFn: (reason: string) => cancelCase(id, reason),
    onSuccess: (result, reason) => {
      // The reason is not in the case the GET returns: it is kept as the user's own record.
      recordCancellation(id, reason, result.noteId);
      return queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}
