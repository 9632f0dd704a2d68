import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { ProgressMetric, ProgressResponse } from '../../../lib/api/types';
import { rangeParams } from './range';

export function getExerciseProgress(exerciseId: string, metric: ProgressMetric, from: string | undefined, signal?: AbortSignal): Promise<ProgressResponse> {
  const params = rangeParams(from);
  params.set('metric', metric);
  return api.get<ProgressResponse>(`/exercises/${encodeURIComponent(exerciseId)}/progress?${params.toString()}`, { signal });
}

export function exerciseProgressQueryOptions(exerciseId: string, metric: ProgressMetric, from: string | undefined) {
  return queryOptions({
    queryKey: ['analytics', 'progress', exerciseId, { metric, from }] as const,
    queryFn: ({ signal }) => getExerciseProgress(exerciseId, metric, from, signal),
    placeholderData: keepPreviousData,
  });
}

export function useExerciseProgress(exerciseId: string, metric: ProgressMetric, from: string | undefined) {
  return useQuery(exerciseProgressQueryOptions(exerciseId, metric, from));
}
