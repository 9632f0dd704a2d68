// The exercise catalogue is read by three features (the browser, the template editor's picker and
// the live workout's "Add exercise"); features never import each other, so the query lives here.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { ExerciseFilters, ExercisesResponse } from '../api/types';

/** Invalidate this prefix after creating, editing or deleting an exercise. */
export const exercisesQueryKeyRoot = ['exercises', 'list'] as const;

export function exercisesSearchParams(filters: ExerciseFilters): URLSearchParams {
  const params = new URLSearchParams();
  const search = filters.search?.trim();
  if (search) params.set('search', search);
  if (filters.muscle) params.set('muscle', filters.muscle);
  if (filters.equipment) params.set('equipment', filters.equipment);
  if (filters.includeArchived) params.set('includeArchived', 'true');
  return params;
}

export function getExercises(filters: ExerciseFilters, signal?: AbortSignal): Promise<ExercisesResponse> {
  const query = exercisesSearchParams(filters).toString();
  return api.get<ExercisesResponse>(query ? `/exercises?${query}` : '/exercises', { signal });
}

export function exercisesQueryOptions(filters: ExerciseFilters = {}) {
  const normalized = Object.fromEntries(exercisesSearchParams(filters));
  return queryOptions({
    queryKey: [...exercisesQueryKeyRoot, normalized] as const,
    queryFn: ({ signal }) => getExercises(filters, signal),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60 * 1000,
  });
}

export function useExercises(filters: ExerciseFilters = {}) {
  return useQuery(exercisesQueryOptions(filters));
}
