import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import type { WorkoutSet } from '../../../lib/api/types';
import { workoutQueryOptions } from './get-workout';

export type InsertWarmupsRequest = components['schemas']['InsertWarmupsRequest'];

export interface InsertWarmupsInput {
  workoutId: string;
  body: InsertWarmupsRequest;
}

/** Replaces the exercise's warm-ups with the account's ramp (the server rounds each step to loadable plates). */
export async function insertWarmups({ workoutId, body }: InsertWarmupsInput): Promise<WorkoutSet[]> {
  const result = await api.post<{ items: WorkoutSet[] }>(`/workouts/${encodeURIComponent(workoutId)}/warmups`, body);
  return result.items;
}

export function useInsertWarmups() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: insertWarmups,
    onSuccess: (_sets, { workoutId }) => queryClient.invalidateQueries({ queryKey: workoutQueryOptions(workoutId).queryKey }),
  });
}
