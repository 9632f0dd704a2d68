import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { sendOrQueue } from '../../../lib/offline/change-queue';
import type { Workout } from '../../../lib/api/types';
import { workoutQueryOptions } from './get-workout';
import { previousQueryOptions } from './get-previous';

export interface SetWorkoutExercisesInput {
  workoutId: string;
  exerciseIds: string[];
  /** Each exercise's superset or circuit (null: on its own); left out, the server keeps the groups it has. */
  groups?: (number | null)[];
}

/** Replaces the workout's exercise list (added, removed, reordered) in one idempotent call. */
export function setWorkoutExercises({ workoutId, exerciseIds, groups }: SetWorkoutExercisesInput): Promise<Workout> {
  return api.put<Workout>(`/workouts/${encodeURIComponent(workoutId)}/exercises`, groups ? { exerciseIds, groups } : { exerciseIds });
}

/** Offline, the list waits on the device (the live screen keeps its order there too) and nothing comes back. */
export async function setWorkoutExercisesOrQueue(input: SetWorkoutExercisesInput): Promise<Workout | undefined> {
  const sent = await sendOrQueue({ kind: 'set-exercises', input, label: 'the workout’s exercise list' }, setWorkoutExercises);
  return sent.queued ? undefined : sent.result;
}

export function useSetWorkoutExercises() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setWorkoutExercisesOrQueue,
    networkMode: 'always',
    onSuccess: (workout) => {
      if (!workout) return;
      queryClient.setQueryData(workoutQueryOptions(workout.id).queryKey, workout);
      return queryClient.invalidateQueries({ queryKey: previousQueryOptions(workout.id).queryKey });
    },
  });
}
