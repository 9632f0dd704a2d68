import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { isApiError } from '../../../lib/api/api-error';
import { queuedChanges } from '../../../lib/offline/change-queue';
import { OFFLINE_META, readCopy, withOfflineCopy } from '../../../lib/offline/offline-copies';
import type { Workout } from '../../../lib/api/types';
import { workoutsQueryKeyRoot } from './get-workouts';

export function getWorkout(id: string, signal?: AbortSignal): Promise<Workout> {
  return api.get<Workout>(`/workouts/${encodeURIComponent(id)}`, { signal });
}

async function startWaiting(id: string): Promise<boolean> {
  return (await queuedChanges()).some((c) => c.kind === 'start-workout' && (c.input as { id?: string }).id === id);
}

/** The server's workout; one started offline whose start still waits to be sent is known to the device only. */
async function getWorkoutOrStartedHere(id: string, queryKey: readonly unknown[], signal?: AbortSignal): Promise<Workout> {
  try {
    return await getWorkout(id, signal);
  } catch (error) {
    const copy = isApiError(error) && error.status === 404 && (await startWaiting(id)) ? await readCopy<Workout>(queryKey) : undefined;
    if (copy) return copy;
    throw error;
  }
}

export function workoutQueryOptions(id: string) {
  const queryKey = [...workoutsQueryKeyRoot, 'detail', id] as const;
  return queryOptions({
    queryKey,
    queryFn: ({ signal }) => withOfflineCopy(queryKey, () => getWorkoutOrStartedHere(id, queryKey, signal)),
    // A workout opened once opens with no signal too, from the device's copy.
    meta: OFFLINE_META,
    networkMode: 'always',
  });
}

export function useWorkout(id: string) {
  return useQuery(workoutQueryOptions(id));
}
