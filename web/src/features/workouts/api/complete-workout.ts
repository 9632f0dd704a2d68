import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { CompleteWorkoutResponse, Workout } from '../../../lib/api/types';
import { workoutQueryOptions } from './get-workout';
import { workoutsQueryKeyRoot } from './get-workouts';

export function completeWorkout(id: string): Promise<CompleteWorkoutResponse> {
  return api.post<CompleteWorkoutResponse>(`/workouts/${encodeURIComponent(id)}/complete`);
}

export function useCompleteWorkout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeWorkout,
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
