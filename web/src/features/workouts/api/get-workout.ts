import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { Workout } from '../../../lib/api/types';
import { workoutsQueryKeyRoot } from './get-workouts';

export function getWorkout(id: string, signal?: AbortSignal): Promise<Workout> {
  return api.get<Workout>(`/workouts/${encodeURIComponent(id)}`, { signal });
}

export function workoutQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...workoutsQueryKeyRoot, 'detail', id] as const,
    queryFn: ({ signal }) => getWorkout(id, signal),
  });
}

export function useWorkout(id: string) {
  return useQuery(workoutQueryOptions(id));
}
