import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { ProgramsResponse } from '../../../lib/api/types';
import { OFFLINE_META, withOfflineCopy } from '../../../lib/offline/offline-copies';

/** Every programs query starts with this; mutations invalidate it as a whole. */
export const programsQueryKeyRoot = ['programs'] as const;

export function getPrograms(signal?: AbortSignal): Promise<ProgramsResponse> {
  return api.get<ProgramsResponse>('/programs', { signal });
}

export function programsQueryOptions() {
  const queryKey = [...programsQueryKeyRoot, 'list'] as const;
  return queryOptions({
    queryKey,
    queryFn: ({ signal }) => withOfflineCopy(queryKey, () => getPrograms(signal)),
    // The templates to start a workout from, offline too (with the copies the start panel keeps of each template).
    meta: OFFLINE_META,
    networkMode: 'always',
  });
}

export function usePrograms() {
  return useQuery(programsQueryOptions());
}
