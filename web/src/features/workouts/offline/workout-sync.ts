// Sends the workout changes the device queued while offline, with the same API calls the screens use.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { isApiError } from '../../../lib/api/api-error';
import { exercisesQueryOptions } from '../../../lib/exercises/get-exercises';
import { refreshQueueState, replayQueue, useQueueState, type QueuedChange } from '../../../lib/offline/change-queue';
import { completeWorkout } from '../api/complete-workout';
import { deleteSet, type DeleteSetInput } from '../api/delete-set';
import { workoutsQueryKeyRoot } from '../api/get-workouts';
import { putSet, type PutSetInput } from '../api/put-set';
import type { StartWorkoutBody } from '../api/offline-types';
import { setWorkoutExercises, type SetWorkoutExercisesInput } from '../api/set-workout-exercises';
import { startWorkout } from '../api/start-workout';
import { updateWorkout, type UpdateWorkoutInput } from '../api/update-workout';

const RETRY_WHILE_WAITING_MS = 30_000;

/** A request sent again, where the given statuses mean the first try got through and only its answer was lost. */
async function doneUnless(request: Promise<unknown>, alreadyDone: number[]): Promise<void> {
  try {
    await request;
  } catch (error) {
    if (!(isApiError(error) && alreadyDone.includes(error.status))) throw error;
  }
}

/** One queued change, sent again with the call the screen would have made. */
export async function sendWorkoutChange(change: QueuedChange): Promise<void> {
  switch (change.kind) {
    case 'start-workout':
      // The id was made on the device: sent again, the server answers with the workout the first try started.
      return doneUnless(startWorkout(change.input as StartWorkoutBody), []);
    case 'put-set':
      return doneUnless(putSet(change.input as PutSetInput), []);
    case 'delete-set':
      // Gone already.
      return doneUnless(deleteSet(change.input as DeleteSetInput), [404]);
    case 'update-workout':
      return doneUnless(updateWorkout(change.input as UpdateWorkoutInput), []);
    case 'set-exercises':
      return doneUnless(setWorkoutExercises(change.input as SetWorkoutExercisesInput), []);
    case 'complete':
      // Ended already (409), or discarded for having no set (404).
      return doneUnless(completeWorkout(change.input as string), [409, 404]);
    default:
      throw new Error(`Unknown queued change: ${change.kind}`);
  }
}

/**
 * Sends what waits when the app starts, when the browser is back online, and every half minute while
 * something still waits (a signal that comes and goes without an `online` event). Mounted once, signed in.
 */
export function useWorkoutSync(): () => void {
  const queryClient = useQueryClient();
  const { waiting } = useQueueState();
  const sync = useCallback(() => {
    void replayQueue(sendWorkoutChange).then((outcome) => {
      if (outcome === 'done') return queryClient.invalidateQueries({ queryKey: workoutsQueryKeyRoot });
      return undefined;
    });
  }, [queryClient]);

  useEffect(() => {
    // The exercise list goes on the device while there is a signal, so the picker works without one.
    if (navigator.onLine) void queryClient.prefetchQuery(exercisesQueryOptions());
  }, [queryClient]);

  useEffect(() => {
    void refreshQueueState().then(sync);
    window.addEventListener('online', sync);
    return () => window.removeEventListener('online', sync);
  }, [sync]);

  useEffect(() => {
    if (waiting === 0) return undefined;
    const timer = window.setInterval(() => {
      if (navigator.onLine) sync();
    }, RETRY_WHILE_WAITING_MS);
    return () => window.clearInterval(timer);
  }, [waiting, sync]);

  return sync;
}
