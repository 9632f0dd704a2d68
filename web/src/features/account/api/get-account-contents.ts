import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { ExercisesResponse, ProgramsResponse, WorkoutsResponse } from '../../../lib/api/types';
import { usePasskeys } from './get-passkeys';

/** How much the account holds, counted from the lists the app already reads (no route counts everything). */
export interface AccountContents {
  workouts: number;
  programs: number;
  customExercises: number;
}

export async function getAccountContents(signal?: AbortSignal): Promise<AccountContents> {
  const [workouts, programs, exercises] = await Promise.all([
    // One row is enough: the page's total counts every workout.
    api.get<WorkoutsResponse>('/workouts?page=1&pageSize=1', { signal }),
    api.get<ProgramsResponse>('/programs', { signal }),
    api.get<ExercisesResponse>('/exercises?includeArchived=true', { signal }),
  ]);
  return {
    workouts: workouts.total,
    programs: programs.items.length,
    customExercises: exercises.items.filter((e) => e.isCustom).length,
  };
}

export function accountContentsQueryOptions() {
  return queryOptions({
    queryKey: ['account', 'contents'] as const,
    queryFn: ({ signal }) => getAccountContents(signal),
    staleTime: 0,
  });
}

export function useAccountContents() {
  const contents = useQuery(accountContentsQueryOptions());
  const passkeys = usePasskeys();
  return { contents: contents.data, passkeys: passkeys.data?.items.length };
}
