import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { ImportPreview } from '../../../lib/api/types';

export const importQueryKey = (id: string) => ['imports', id] as const;

export function getImport(id: string, signal?: AbortSignal): Promise<ImportPreview> {
  return api.get<ImportPreview>(`/imports/${id}`, { signal });
}

export function importQueryOptions(id: string) {
  return queryOptions({
    queryKey: importQueryKey(id),
    queryFn: ({ signal }) => getImport(id, signal),
    // A preview changes only through this screen's own requests, which write the cache.
    staleTime: Infinity,
  });
}

export function useImport(id: string) {
  return useQuery(importQueryOptions(id));
}
