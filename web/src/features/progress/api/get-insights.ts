import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { Insights } from '../../../lib/api/types';

export function getInsights(signal?: AbortSignal): Promise<Insights> {
  return api.get<Insights>('/analytics/insights', { signal });
}

export function insightsQueryOptions() {
  return queryOptions({
    queryKey: ['analytics', 'insights'] as const,
    queryFn: ({ signal }) => getInsights(signal),
  });
}

export function useInsights() {
  return useQuery(insightsQueryOptions());
}
