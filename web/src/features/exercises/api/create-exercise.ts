import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { CreateExerciseRequest, Exercise } from '../../../lib/api/types';
import { exercisesQueryKeyRoot } from '../../../lib/exercises/get-exercises';

export function createExercise(body: CreateExerciseRequest): Promise<Exercise> {
  return api.post<Exercise>('/exercises', body);
}

export function useCreateExercise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createExercise,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exercisesQueryKeyRoot }),
  });
}
