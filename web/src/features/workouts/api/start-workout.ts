import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { StartWorkoutRequest, Workout } from '../../../lib/api/types';
import { workoutQueryOptions } from './get-workout';
import { workoutsQueryKeyRoot } from './get-workouts';

export function startWorkout(body: StartWorkoutRequest = {}): Promise<Workout> {
  return api.post<Workout>('/workouts', body);
}

/** Starts a workout (empty or from a template) and caches it so its screen opens at once. */
export function useStartWorkout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startWorkout,
    onSuccess: (workout) => {
      queryClient.setQueryData(workoutQueryOptions(workout.id).queryKey, workout);
      return queryClient.invalidateQueries({ queryKey: [...workoutsQueryKeyRoot, 'list'] });
    },
  });
}
