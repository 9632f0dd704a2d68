// The lifter's own note on an exercise: written on the exercise's page, read again under it in the live workout.
// Two features use it and features never import each other, so the query lives here.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { components } from '../api/schema';

export type ExerciseNote = components['schemas']['ExerciseNoteResponse'];

export function exerciseNoteQueryOptions(exerciseId: string) {
  return queryOptions({
    queryKey: ['exercises', 'note', exerciseId] as const,
    queryFn: ({ signal }) => api.get<ExerciseNote>(`/exercises/${encodeURIComponent(exerciseId)}/note`, { signal }),
  });
}

export function useExerciseNote(exerciseId: string) {
  return useQuery(exerciseNoteQueryOptions(exerciseId));
}

/** Replaces the note; blank text removes it. */
export function useSaveExerciseNote(exerciseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => api.put<ExerciseNote>(`/exercises/${encodeURIComponent(exerciseId)}/note`, { text }),
    onSuccess: (note) => queryClient.setQueryData(exerciseNoteQueryOptions(exerciseId).queryKey, note),
  });
}
