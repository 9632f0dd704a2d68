// An exercise's records: the exercise page shows them and the live workout compares each logged set
// with them, so the query lives in lib (features never import each other).
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { ExerciseRecords } from '../api/types';

export const recordsQueryKeyRoot = ['analytics', 'records'] as const;

export function getExerciseRecords(exerciseId: string, signal?: AbortSignal): Promise<ExerciseRecords> {
  return api.get<ExerciseRecords>(`/exercises/${encodeURIComponent(exerciseId)}/records`, { signal });
}

export function exerciseRecordsQueryOptions(exerciseId: string) {
  return queryOptions({
    queryKey: [...recordsQueryKeyRoot, exerciseId] as const,
    queryFn: ({ signal }) => getExerciseRecords(exerciseId, signal),
  });
}

export function useExerciseRecords(exerciseId: string) {
  return useQuery(exerciseRecordsQueryOptions(exerciseId));
}

/** Records of several exercises at once, by exercise id (missing while loading or when the request failed). */
export function useRecordsOf(exerciseIds: readonly string[]): ReadonlyMap<string, ExerciseRecords> {
  return useQueries({
    queries: exerciseIds.map((id) => ({ ...exerciseRecordsQueryOptions(id), staleTime: Infinity })),
    combine: (results) => new Map(results.flatMap((r, i) => (r.data && exerciseIds[i] ? [[exerciseIds[i], r.data] as const] : []))),
  });
}
