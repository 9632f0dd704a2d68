import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { DailyMetricsResponse } from '../../../lib/api/types';
import { rangeQuery } from './range';

/** Every daily-metrics query starts with this; writes invalidate it (and insights). */
export const dailyMetricsQueryKeyRoot = ['metrics', 'daily'] as const;

export function getDailyMetrics(from: string, signal?: AbortSignal): Promise<DailyMetricsResponse> {
  return api.get<DailyMetricsResponse>(`/metrics/daily${rangeQuery(from)}`, { signal });
}

export function dailyMetricsQueryOptions(from: string) {
  return queryOptions({
    queryKey: [...dailyMetricsQueryKeyRoot, { from }] as const,
    queryFn: ({ signal }) => getDailyMetrics(from, signal),
  });
}

export function useDailyMetrics(from: string) {
  return useQuery(dailyMetricsQueryOptions(from));
}
