import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { Workout } from '../../../lib/api/types';
import { workoutQueryOptions } from './get-workout';
import { previousQueryOptions } from './get-previous';

export interface SetWorkoutExercisesInput {
  workoutId: string;
  exerciseIds: string[];
}

/** Replaces the workout's exercise list (added, removed, reordered) in one idempotent call. */
export function setWorkoutExercises({ workoutId, exerciseIds }: SetWorkoutExercisesInput): Promise<Workout> {
  return api.put<Workout>(`/workouts/${encodeURIComponent(workoutId)}/exercises`, { exerciseIds });
}

export function useSetWorkoutExercises() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setWorkoutExercises,
    onSuccess: (workout) => {
      queryClient.setQueryData(workoutQueryOptions(workout.id).queryKey, workout);
      return queryClient.invalidateQueries({ queryKey: previousQueryOptions(workout.id).queryKey });
    },
  });
}
