// The exercise catalogue is read by three features (the browser, the template editor's picker and
// the live workout's "Add exercise"); features never import each other, so the query lives here.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { ExerciseFilters, ExercisesResponse } from '../api/types';
import { readCopy, saveCopy } from '../offline/offline-copies';
import { isTransientFailure } from '../offline/offline-failures';
import { searchExercisesOffline } from './offline-search';

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

/** The unfiltered list (the catalogue and the user's own exercises): kept on the device for searching offline. */
export const allExercisesQueryKey = [...exercisesQueryKeyRoot, {}] as const;

/**
 * Asks the server, keeping the device's copy of the whole list fresh; with no signal, searches that copy instead,
 * so the exercise picker works at the gym too.
 */
export async function getExercisesOrSearchCopy(filters: ExerciseFilters, signal?: AbortSignal): Promise<ExercisesResponse> {
  try {
    const answer = await getExercises(filters, signal);
    if (exercisesSearchParams(filters).size === 0) await saveCopy(allExercisesQueryKey, answer);
    return answer;
  } catch (error) {
    const all = isTransientFailure(error) ? await readCopy<ExercisesResponse>(allExercisesQueryKey) : undefined;
    if (!all) throw error;
    return { ...all, items: searchExercisesOffline(all.items, filters) };
  }
}

export function exercisesQueryOptions(filters: ExerciseFilters = {}) {
  const normalized = Object.fromEntries(exercisesSearchParams(filters));
  return queryOptions({
    queryKey: [...exercisesQueryKeyRoot, normalized] as const,
    queryFn: ({ signal }) => getExercisesOrSearchCopy(filters, signal),
    // Offline it answers from the device's copy, so it must run rather than wait for the network.
    networkMode: 'always',
    placeholderData: keepPreviousData,
    staleTime: 5 * 60 * 1000,
  });
}

export function useExercises(filters: ExerciseFilters = {}) {
  return useQuery(exercisesQueryOptions(filters));
}
