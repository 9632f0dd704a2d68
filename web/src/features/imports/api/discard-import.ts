import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { importQueryKey } from './get-import';

export function discardImport(id: string): Promise<void> {
  return api.delete(`/imports/${id}`);
}

export function useDiscardImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => discardImport(id),
    onSuccess: () => queryClient.removeQueries({ queryKey: importQueryKey(id) }),
  });
}
