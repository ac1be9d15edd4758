import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { addCaseNote, cancelCase, createCase, getCase } from './cases';
import type { AddNote, CreateCase } from './schemas';

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

export function useAddCaseNote(caseNumber: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: AddNote) => addCaseNote(caseNumber, note),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseNumber) }),
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
