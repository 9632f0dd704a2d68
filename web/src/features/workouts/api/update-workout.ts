import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
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

export function useUpdateWorkout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateWorkout,
    onSuccess: (_saved, { id, changes }) => {
      queryClient.setQueryData<Workout>(workoutQueryOptions(id).queryKey, (w) => (w ? { ...w, ...changes } : w));
      return queryClient.invalidateQueries({ queryKey: [...workoutsQueryKeyRoot, 'list'] });
    },
  });
}
