import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { SessionsResponse } from '../../../lib/api/types';

export function getSessions(signal?: AbortSignal): Promise<SessionsResponse> {
  return api.get<SessionsResponse>('/auth/sessions', { signal });
}

export function sessionsQueryOptions() {
  return queryOptions({
    queryKey: ['account', 'sessions'] as const,
    queryFn: ({ signal }) => getSessions(signal),
  });
}

export function useSessions() {
  return useQuery(sessionsQueryOptions());
}
