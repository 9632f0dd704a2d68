import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { WorkoutsResponse, WorkoutStatus } from '../../../lib/api/types';

/** Every workouts query starts with this. */
export const workoutsQueryKeyRoot = ['workouts'] as const;

export interface WorkoutsFilter {
  page?: number;
  pageSize?: number;
  status?: WorkoutStatus;
  from?: string;
  to?: string;
}

export function getWorkouts(filter: WorkoutsFilter, signal?: AbortSignal): Promise<WorkoutsResponse> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value !== undefined && value !== '') params.set(key, String(value));
  const query = params.toString();
  return api.get<WorkoutsResponse>(query ? `/workouts?${query}` : '/workouts', { signal });
}

export function workoutsQueryOptions(filter: WorkoutsFilter = {}) {
  return queryOptions({
    queryKey: [...workoutsQueryKeyRoot, 'list', filter] as const,
    queryFn: ({ signal }) => getWorkouts(filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function useWorkouts(filter: WorkoutsFilter = {}) {
  return useQuery(workoutsQueryOptions(filter));
}
