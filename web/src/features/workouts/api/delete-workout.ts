import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { workoutsQueryKeyRoot } from './get-workouts';

/** Deletes a workout and its sets, in progress or not. */
export function deleteWorkout(id: string): Promise<void> {
  return api.delete(`/workouts/${encodeURIComponent(id)}`);
}

export function useDeleteWorkout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteWorkout,
    // The detail stays cached: the screen showing it is about to navigate away, and a refetch would be a 404.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...workoutsQueryKeyRoot, 'list'] }),
  });
}
