import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { LoginEventsResponse } from '../../../lib/api/types';

export const loginEventsQueryKeyRoot = ['account', 'events'] as const;

export function getLoginEvents(
  page: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<LoginEventsResponse> {
  const query = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  return api.get<LoginEventsResponse>(`/auth/events?${query}`, { signal });
}

export function loginEventsQueryOptions(page: number, pageSize = 20) {
  return queryOptions({
    queryKey: [...loginEventsQueryKeyRoot, { page, pageSize }] as const,
    queryFn: ({ signal }) => getLoginEvents(page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}

export function useLoginEvents(page: number, pageSize = 20) {
  return useQuery(loginEventsQueryOptions(page, pageSize));
}
