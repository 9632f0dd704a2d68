import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { DailyMetrics, DailyMetricsInput } from '../../../lib/api/types';
import { dailyMetricsQueryKeyRoot } from './get-daily-metrics';
import { insightsQueryOptions } from './get-insights';

const path = (date: string) => `/metrics/daily/${encodeURIComponent(date)}`;

export function putDailyMetrics(date: string, body: DailyMetricsInput): Promise<DailyMetrics> {
  return api.put<DailyMetrics>(path(date), body);
}

export function deleteDailyMetrics(date: string): Promise<void> {
  return api.delete(path(date));
}

function useInvalidateMetrics() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: dailyMetricsQueryKeyRoot }),
      queryClient.invalidateQueries({ queryKey: insightsQueryOptions().queryKey }),
    ]);
}

export function useSaveDailyMetrics() {
  const invalidate = useInvalidateMetrics();
  return useMutation({
    mutationFn: ({ date, body }: { date: string; body: DailyMetricsInput }) => putDailyMetrics(date, body),
    onSuccess: invalidate,
  });
}

export function useDeleteDailyMetrics() {
  const invalidate = useInvalidateMetrics();
  return useMutation({ mutationFn: deleteDailyMetrics, onSuccess: invalidate });
}
