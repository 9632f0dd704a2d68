import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { PreviousList } from '../../../lib/api/types';
import { workoutsQueryKeyRoot } from './get-workouts';

/** Last time's sets of every exercise on the workout (an empty list for one never done: no 404 to log). */
export function getPrevious(workoutId: string, signal?: AbortSignal): Promise<PreviousList> {
  return api.get<PreviousList>(`/workouts/${encodeURIComponent(workoutId)}/previous`, { signal });
}

export function previousQueryOptions(workoutId: string) {
  return queryOptions({
    queryKey: [...workoutsQueryKeyRoot, 'previous', workoutId] as const,
    queryFn: ({ signal }) => getPrevious(workoutId, signal),
  });
}

export function usePrevious(workoutId: string) {
  return useQuery(previousQueryOptions(workoutId));
}
