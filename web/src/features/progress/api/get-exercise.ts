import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';

/** One exercise with its kind and, for a built-in, how to do it. */
export type ExerciseDetail = components['schemas']['ExerciseDetail'];

export function exerciseQueryOptions(exerciseId: string) {
  return queryOptions({
    queryKey: ['exercises', 'detail', exerciseId] as const,
    queryFn: ({ signal }) => api.get<ExerciseDetail>(`/exercises/${encodeURIComponent(exerciseId)}`, { signal }),
    staleTime: 5 * 60 * 1000,
  });
}

export function useExercise(exerciseId: string) {
  return useQuery(exerciseQueryOptions(exerciseId));
}
