import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { Program, UpdateProgramRequest } from '../../../lib/api/types';
import { programsQueryKeyRoot } from './get-programs';

export interface UpdateProgramInput {
  id: string;
  changes: UpdateProgramRequest;
}

export function updateProgram({ id, changes }: UpdateProgramInput): Promise<Program> {
  return api.patch<Program>(`/programs/${encodeURIComponent(id)}`, changes);
}

export function useUpdateProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProgram,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programsQueryKeyRoot }),
  });
}
