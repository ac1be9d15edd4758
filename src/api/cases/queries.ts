import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { addCaseNote, cancelCase, createCase, getCase } from './cases';
import type { AddNote, CreateCase, NoteVisibility } from './schemas';

export const caseKeys = {
  all: ['cases'] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
};

export const caseQueries = {
  detail: (id: string) =>
    queryOptions({
      queryKey: caseKeys.detail(id),
      queryFn: ({ signal }) => getCase(id, signal),
    }),
};

export function useCreateCase() {
  return useMutation({ mutationFn: (body: CreateCase) => createCase(body) });
}

/** A note this session added to a case (the Case API's GET does not return notes). */
export interface SentCaseNote {
  text: string;
  visibility: NoteVisibility;
  files: string[];
  at: string;
}

// Outside `caseKeys.all`, so refreshing the cases never empties it; sign-out clears it with the
// rest of the cache.
const sentNotesKey = (caseNumber: string) => ['sent-case-notes', caseNumber] as const;

/** The notes added to this case since signing in, oldest first. */
export function useSentCaseNotes(caseNumber: string): SentCaseNote[] {
  const queryClient = useQueryClient();
  const key = sentNotesKey(caseNumber);
  return (
    useQuery({
      queryKey: key,
      queryFn: () => queryClient.getQueryData<SentCaseNote[]>(key) ?? [],
      staleTime: Infinity,
      gcTime: Infinity,
    }).data ?? []
  );
}

export function useAddCaseNote(caseNumber: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: AddNote) => addCaseNote(caseNumber, note),
    onSuccess: (_result, note) => {
      const sent: SentCaseNote = {
        text: note.text,
        visibility: note.visibility ?? 'EXTERNAL',
        files: (note.attachments ?? []).map((a) => a.name ?? a.id),
        at: new Date().toISOString(),
      };
      queryClient.setQueryData<SentCaseNote[]>(sentNotesKey(caseNumber), (old = []) => [
        ...old,
        sent,
      ]);
      return queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseNumber) });
    },
  });
}

/** Cancelling by order number changes the case too: refresh every case shown. */
export function useCancelCase(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => cancelCase(id, reason),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
}
