import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { Program } from '../../../lib/api/types';
import { programsQueryKeyRoot } from './get-programs';

export function duplicateProgram(id: string): Promise<Program> {
  return api.post<Program>(`/programs/${encodeURIComponent(id)}/duplicate`);
}

export function useDuplicateProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: duplicateProgram,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programsQueryKeyRoot }),
  });
}
