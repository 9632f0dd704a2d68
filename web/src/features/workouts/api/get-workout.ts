import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { OFFLINE_META, withOfflineCopy } from '../../../lib/offline/offline-copies';
import type { Workout } from '../../../lib/api/types';
import { workoutsQueryKeyRoot } from './get-workouts';

export function getWorkout(id: string, signal?: AbortSignal): Promise<Workout> {
  return api.get<Workout>(`/workouts/${encodeURIComponent(id)}`, { signal });
}

export function workoutQueryOptions(id: string) {
  const queryKey = [...workoutsQueryKeyRoot, 'detail', id] as const;
  return queryOptions({
    queryKey,
    queryFn: ({ signal }) => withOfflineCopy(queryKey, () => getWorkout(id, signal)),
    // A workout opened once opens with no signal too, from the device's copy.
    meta: OFFLINE_META,
    networkMode: 'always',
  });
}

export function useWorkout(id: string) {
  return useQuery(workoutQueryOptions(id));
}
