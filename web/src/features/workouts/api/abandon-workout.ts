import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { AbandonWorkoutResponse } from '../../../lib/api/types';
import { workoutsQueryKeyRoot } from './get-workouts';

export function abandonWorkout(id: string): Promise<AbandonWorkoutResponse> {
  return api.post<AbandonWorkoutResponse>(`/workouts/${encodeURIComponent(id)}/abandon`);
}

export function useAbandonWorkout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: abandonWorkout,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workoutsQueryKeyRoot }),
  });
}
