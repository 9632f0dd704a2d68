import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { programsQueryKeyRoot } from './get-programs';

export function deleteProgram(id: string): Promise<void> {
  return api.delete(`/programs/${encodeURIComponent(id)}`);
}

export function useDeleteProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteProgram,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programsQueryKeyRoot }),
  });
}
