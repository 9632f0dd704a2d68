import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { ImportCommitResponse, ImportMappingRequest, ImportPreview } from '../../../lib/api/types';
import { exercisesQueryKeyRoot } from '../../../lib/exercises/get-exercises';
import { importQueryKey } from './get-import';
import { saveMapping } from './save-mapping';

// The workouts feature's queries all start with this key; the history must show what was imported.
const workoutsQueryKeyRoot = ['workouts'] as const;

export function commitImport(id: string): Promise<ImportCommitResponse> {
  return api.post<ImportCommitResponse>(`/imports/${id}/commit`);
}

/** Saves the mapping the user has not saved yet (if any), then writes the import. */
export function useCommitImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (unsaved: ImportMappingRequest | null) => {
      if (unsaved) queryClient.setQueryData(importQueryKey(id), await saveMapping(id, unsaved));
      return commitImport(id);
    },
    onSuccess: (result) => {
      queryClient.setQueryData<ImportPreview>(importQueryKey(id), (preview) =>
        preview ? { ...preview, status: 'committed', result } : preview,
      );
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: workoutsQueryKeyRoot }),
        queryClient.invalidateQueries({ queryKey: exercisesQueryKeyRoot }),
      ]);
    },
  });
}
