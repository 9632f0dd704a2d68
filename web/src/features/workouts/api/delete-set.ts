import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { sendOrQueue } from '../../../lib/offline/change-queue';
import type { Workout } from '../../../lib/api/types';
import { workoutQueryOptions } from './get-workout';

export interface DeleteSetInput {
  workoutId: string;
  setId: string;
}

export function deleteSet({ workoutId, setId }: DeleteSetInput): Promise<void> {
  return api.delete(`/workouts/${encodeURIComponent(workoutId)}/sets/${encodeURIComponent(setId)}`);
}

export async function deleteSetOrQueue(input: DeleteSetInput): Promise<void> {
  await sendOrQueue({ kind: 'delete-set', input, label: 'deleting a set' }, deleteSet);
}

export function useDeleteSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSetOrQueue,
    networkMode: 'always',
    onSuccess: (_r, { workoutId, setId }) => {
      queryClient.setQueryData<Workout>(workoutQueryOptions(workoutId).queryKey, (w) =>
        w ? { ...w, sets: w.sets.filter((s) => s.id !== setId) } : w,
      );
    },
  });
}
