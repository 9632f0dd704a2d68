import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { InstanceResponse } from '../../../lib/api/types';

export function getInstance(signal?: AbortSignal): Promise<InstanceResponse> {
  return api.get<InstanceResponse>('/instance', { signal, redirectOnUnauthorized: false });
}

export function instanceQueryOptions() {
  return queryOptions({
    queryKey: ['instance'] as const,
    queryFn: ({ signal }) => getInstance(signal),
    // What the instance offers does not change while the page is open.
    staleTime: Infinity,
    retry: false,
  });
}

export function useInstance() {
  return useQuery(instanceQueryOptions());
}
