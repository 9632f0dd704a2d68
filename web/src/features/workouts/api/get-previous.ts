import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { OFFLINE_META, withOfflineCopy } from '../../../lib/offline/offline-copies';
import type { PreviousList } from '../../../lib/api/types';
import { workoutsQueryKeyRoot } from './get-workouts';

/** Last time's sets of every exercise on the workout (an empty list for one never done: no 404 to log). */
export function getPrevious(workoutId: string, signal?: AbortSignal): Promise<PreviousList> {
  return api.get<PreviousList>(`/workouts/${encodeURIComponent(workoutId)}/previous`, { signal });
}

export function previousQueryOptions(workoutId: string) {
  const queryKey = [...workoutsQueryKeyRoot, 'previous', workoutId] as const;
  return queryOptions({
    queryKey,
    queryFn: ({ signal }) => withOfflineCopy(queryKey, () => getPrevious(workoutId, signal)),
    meta: OFFLINE_META,
    networkMode: 'always',
  });
}

export function usePrevious(workoutId: string) {
  return useQuery(previousQueryOptions(workoutId));
}
