import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { sendOrQueue } from '../../../lib/offline/change-queue';
import type { CompleteWorkoutResponse, Workout } from '../../../lib/api/types';
import { workoutQueryOptions } from './get-workout';
import { workoutsQueryKeyRoot } from './get-workouts';

export function completeWorkout(id: string): Promise<CompleteWorkoutResponse> {
  return api.post<CompleteWorkoutResponse>(`/workouts/${encodeURIComponent(id)}/complete`);
}

/** Offline, finishing waits on the device; the summary comes from the server, so there is none yet. */
export async function completeWorkoutOrQueue(id: string): Promise<CompleteWorkoutResponse> {
  const sent = await sendOrQueue({ kind: 'complete', input: id, label: 'finishing the workout' }, completeWorkout);
  return sent.queued ? { id, status: 'completed', completedAt: new Date().toISOString(), summary: null } : sent.result;
}

export function useCompleteWorkout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeWorkoutOrQueue,
    networkMode: 'always',
    onSuccess: (result) => {
      queryClient.setQueryData<Workout>(workoutQueryOptions(result.id).queryKey, (w) =>
        w ? { ...w, status: 'completed', completedAt: result.completedAt } : w,
      );
      // Records, progress, volume and insights all change with a finished workout.
      void queryClient.invalidateQueries({ queryKey: ['analytics'] });
      return queryClient.invalidateQueries({ queryKey: [...workoutsQueryKeyRoot, 'list'] });
    },
  });
}
