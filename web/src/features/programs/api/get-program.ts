import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { Program } from '../../../lib/api/types';
import { programsQueryKeyRoot } from './get-programs';

export function getProgram(id: string, signal?: AbortSignal): Promise<Program> {
  return api.get<Program>(`/programs/${encodeURIComponent(id)}`, { signal });
}

export function programQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...programsQueryKeyRoot, 'detail', id] as const,
    queryFn: ({ signal }) => getProgram(id, signal),
  });
}

export function useProgram(id: string) {
  return useQuery(programQueryOptions(id));
}
