import { queryOptions, useQuery } from '@tanstack/react-query';
import { isApiError } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';
import type { MailboxResponse } from '../../../lib/api/types';

export function getDevMailbox(signal?: AbortSignal): Promise<MailboxResponse> {
  return api.get<MailboxResponse>('/dev/mailbox', { signal, redirectOnUnauthorized: false });
}

export function devMailboxQueryOptions() {
  return queryOptions({
    queryKey: ['dev', 'mailbox'] as const,
    queryFn: ({ signal }) => getDevMailbox(signal),
    // New mail arrives while this page is open; outside Development the endpoint is 404 for good.
    refetchInterval: (query) => (isApiError(query.state.error, 'not_found') ? false : 5000),
    retry: false,
  });
}

export function useDevMailbox() {
  return useQuery(devMailboxQueryOptions());
}
