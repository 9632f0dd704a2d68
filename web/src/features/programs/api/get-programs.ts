import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { ProgramsResponse } from '../../../lib/api/types';

/** Every programs query starts with this; mutations invalidate it as a whole. */
export const programsQueryKeyRoot = ['programs'] as const;

export function getPrograms(signal?: AbortSignal): Promise<ProgramsResponse> {
  return api.get<ProgramsResponse>('/programs', { signal });
}

export function programsQueryOptions() {
  return queryOptions({
    queryKey: [...programsQueryKeyRoot, 'list'] as const,
    queryFn: ({ signal }) => getPrograms(signal),
  });
}

export function usePrograms() {
  return useQuery(programsQueryOptions());
}
