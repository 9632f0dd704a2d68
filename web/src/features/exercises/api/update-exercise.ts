import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { Exercise, UpdateExerciseRequest } from '../../../lib/api/types';
import { exercisesQueryKeyRoot } from '../../../lib/exercises/get-exercises';

export interface UpdateExerciseInput {
  id: string;
  changes: UpdateExerciseRequest;
}

export function updateExercise({ id, changes }: UpdateExerciseInput): Promise<Exercise> {
  return api.patch<Exercise>(`/exercises/${encodeURIComponent(id)}`, changes);
}

export function useUpdateExercise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateExercise,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exercisesQueryKeyRoot }),
  });
}
