import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { PersonalRecordsResponse } from '../../../lib/api/types';
import { rangeQuery } from './range';

export function getPrs(from: string, signal?: AbortSignal): Promise<PersonalRecordsResponse> {
  return api.get<PersonalRecordsResponse>(`/analytics/prs${rangeQuery(from)}`, { signal });
}

export function prsQueryOptions(from: string) {
  return queryOptions({
    queryKey: ['analytics', 'prs', { from }] as const,
    queryFn: ({ signal }) => getPrs(from, signal),
  });
}

export function usePrs(from: string) {
  return useQuery(prsQueryOptions(from));
}
