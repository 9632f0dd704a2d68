import { queryOptions, useQuery } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';
import { api } from '../api/client';
import type { LastPerformance } from '../api/types';

/** The sets of the last workout that had this exercise, or null when it was never performed (404). */
export async function getLastPerformance(exerciseId: string, signal?: AbortSignal): Promise<LastPerformance | null> {
  try {
    return await api.get<LastPerformance>(`/exercises/${encodeURIComponent(exerciseId)}/last-performance`, { signal });
  } catch (error) {
    if (isApiError(error, 'not_found')) return null;
    throw error;
  }
}

export function lastPerformanceQueryOptions(exerciseId: string) {
  return queryOptions({
    queryKey: ['exercises', 'last-performance', exerciseId] as const,
    queryFn: ({ signal }) => getLastPerformance(exerciseId, signal),
  });
}

export function useLastPerformance(exerciseId: string, enabled = true) {
  return useQuery({ ...lastPerformanceQueryOptions(exerciseId), enabled });
}
