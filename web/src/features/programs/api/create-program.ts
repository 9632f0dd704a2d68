import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { CreateProgramRequest, Program } from '../../../lib/api/types';
import { programsQueryKeyRoot } from './get-programs';

export function createProgram(body: CreateProgramRequest): Promise<Program> {
  return api.post<Program>('/programs', body);
}

export function useCreateProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProgram,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programsQueryKeyRoot }),
  });
}
