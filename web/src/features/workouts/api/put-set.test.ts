import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Workout } from '../../../lib/api/types';
import { workoutQueryOptions } from './get-workout';
import { withLastSeen, type PutSetInput } from './put-set';

const set = (id: string, completedAt: string, version?: string) => ({
  id,
  exerciseId: 'bench',
  exerciseName: 'Bench Press',
  reps: 5,
  weightKg: 80,
  rpe: null,
  setType: 'working' as const,
  notes: null,
  completedAt,
  durationSeconds: null,
  distanceM: null,
  ...(version ? { version } : {}),
});

function cached(sets: ReturnType<typeof set>[]): QueryClient {
  const queryClient = new QueryClient();
  queryClient.setQueryData(workoutQueryOptions('w1').queryKey, { id: 'w1', sets } as unknown as Workout);
  return queryClient;
}

const edit = (setId: string): PutSetInput => ({ workoutId: 'w1', setId, exerciseName: 'Bench Press', body: { exerciseId: 'bench', reps: 6, weightKg: 80 } });

describe('a set’s PUT', () => {
  it('carries the version the device last had from the server, and names the set by its number', () => {
    const queryClient = cached([set('s2', '2026-11-30T10:05:00Z', 'v2'), set('s1', '2026-11-30T10:00:00Z', 'v1')]);

    const input = withLastSeen(queryClient, edit('s2'));

    expect(input.body.baseVersion).toBe('v2');
    expect(input.setLabel).toBe('Set 2 of Bench Press');
  });

  it('carries no version for a new set, or one changed offline that the server has not answered for yet', () => {
    const queryClient = cached([set('s1', '2026-11-30T10:00:00Z')]);

    expect(withLastSeen(queryClient, edit('s1')).body.baseVersion).toBeUndefined();
    expect(withLastSeen(queryClient, edit('new')).body.baseVersion).toBeUndefined();
  });
});
