import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Bar } from './bars';
import { equipmentQueryKey, type EquipmentSettings } from './get-equipment';

export interface ChooseBarInput {
  exerciseId: string;
  /** null: back to the bar the exercise's equipment suggests. */
  bar: Bar | null;
}

export async function chooseBar({ exerciseId, bar }: ChooseBarInput): Promise<void> {
  const path = `/equipment/exercises/${encodeURIComponent(exerciseId)}`;
  if (bar === null) await api.delete<void>(path);
  else await api.put<unknown>(path, { bar });
}

export function useChooseBar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: chooseBar,
    onSuccess: (_result, { exerciseId, bar }) => {
      queryClient.setQueryData<EquipmentSettings>(equipmentQueryKey, (current) =>
        current && {
          ...current,
          exerciseBars: [...current.exerciseBars.filter((c) => c.exerciseId !== exerciseId), ...(bar === null ? [] : [{ exerciseId, bar }])],
        },
      );
    },
  });
}
