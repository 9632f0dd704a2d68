import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { ExerciseHistoryResponse } from '../../../lib/api/types';

export function getExerciseHistory(exerciseId: string, page: number, pageSize: number, signal?: AbortSignal): Promise<ExerciseHistoryResponse> {
  return api.get<ExerciseHistoryResponse>(`/exercises/${encodeURIComponent(exerciseId)}/history?page=${page}&pageSize=${pageSize}`, { signal });
}

export function exerciseHistoryQueryOptions(exerciseId: string, page: number, pageSize: number) {
  return queryOptions({
    queryKey: ['analytics', 'history', exerciseId, { page, pageSize }] as const,
    queryFn: ({ signal }) => getExerciseHistory(exerciseId, page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}

export function useExerciseHistory(exerciseId: string, page: number, pageSize: number) {
  return useQuery(exerciseHistoryQueryOptions(exerciseId, page, pageSize));
}
