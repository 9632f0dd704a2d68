import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { PasskeysResponse } from '../../../lib/api/types';

export const passkeysQueryKey = ['account', 'passkeys'] as const;

export function getPasskeys(signal?: AbortSignal): Promise<PasskeysResponse> {
  return api.get<PasskeysResponse>('/auth/passkeys', { signal });
}

export function passkeysQueryOptions() {
  return queryOptions({
    queryKey: passkeysQueryKey,
    queryFn: ({ signal }) => getPasskeys(signal),
  });
}

export function usePasskeys() {
  return useQuery(passkeysQueryOptions());
}
