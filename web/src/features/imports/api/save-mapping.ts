import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { ImportMappingRequest, ImportPreview } from '../../../lib/api/types';
import { importQueryKey } from './get-import';

export function saveMapping(id: string, body: ImportMappingRequest): Promise<ImportPreview> {
  return api.put<ImportPreview>(`/imports/${id}/mapping`, body);
}

export function useSaveMapping(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportMappingRequest) => saveMapping(id, body),
    onSuccess: (preview) => queryClient.setQueryData(importQueryKey(id), preview),
  });
}
