import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { sendOrQueue } from '../../../lib/offline/change-queue';
import type { UpdateWorkoutRequest, Workout } from '../../../lib/api/types';
import { workoutQueryOptions } from './get-workout';
import { workoutsQueryKeyRoot } from './get-workouts';

export interface UpdateWorkoutInput {
  id: string;
  changes: UpdateWorkoutRequest;
}

export function updateWorkout({ id, changes }: UpdateWorkoutInput): Promise<Workout> {
  return api.patch<Workout>(`/workouts/${encodeURIComponent(id)}`, changes);
}

/** Offline, the change waits on the device; the caller gets nothing back then (the cache is updated from the input). */
export async function updateWorkoutOrQueue(input: UpdateWorkoutInput): Promise<Workout | undefined> {
  const sent = await sendOrQueue({ kind: 'update-workout', input, label: 'the workout’s changes' }, updateWorkout);
  return sent.queued ? undefined : sent.result;
}

export function useUpdateWorkout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateWorkoutOrQueue,
    networkMode: 'always',
    onSuccess: (_saved, { id, changes }) => {
      queryClient.setQueryData<Workout>(workoutQueryOptions(id).queryKey, (w) => (w ? { ...w, ...changes } : w));
      return queryClient.invalidateQueries({ queryKey: [...workoutsQueryKeyRoot, 'list'] });
    },
  });
}
