import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { VolumeResponse } from '../../../lib/api/types';
import { rangeParams } from './range';

export function getVolume(from: string, signal?: AbortSignal): Promise<VolumeResponse> {
  const params = rangeParams(from);
  params.set('by', 'muscle');
  return api.get<VolumeResponse>(`/analytics/volume?${params.toString()}`, { signal });
}

export function volumeQueryOptions(from: string) {
  return queryOptions({
    queryKey: ['analytics', 'volume', { from, by: 'muscle' }] as const,
    queryFn: ({ signal }) => getVolume(from, signal),
  });
}

export function useVolume(from: string) {
  return useQuery(volumeQueryOptions(from));
}
