import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { exercisesQueryKeyRoot } from '../../../lib/exercises/get-exercises';

/** Deletes a custom exercise; the server archives it instead when it has history. */
export function deleteExercise(id: string): Promise<void> {
  return api.delete(`/exercises/${encodeURIComponent(id)}`);
}

export function useDeleteExercise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteExercise,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exercisesQueryKeyRoot }),
  });
}
