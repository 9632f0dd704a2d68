import { afterEach, describe, expect, it, vi } from 'vitest';
import { queuedChanges } from '../../../lib/offline/change-queue';
import { readCopy } from '../../../lib/offline/offline-copies';
import { json, mockFetch } from '../../../test/fetch-router';
import { sendWorkoutChange } from '../offline/workout-sync';
import { workoutQueryOptions } from './get-workout';
import { startWorkoutOrQueue, type OfflinePlan } from './start-workout';

const dayA: OfflinePlan = {
  templateName: 'Day A',
  plan: [
    { exerciseId: 'squat', exerciseName: 'Back Squat', sets: 3, repsMin: 5, repsMax: 5, restSeconds: 120, targetRpe: null, targetWeightKg: 100, notes: null, last: null, targetReps: null, setWeightsKg: null, setReps: null, lastSetAmrap: false, progressionReason: null },
  ],
  exercises: [{ exerciseId: 'squat', exerciseName: 'Back Squat', equipment: 'barbell', kind: 'weight_reps' }],
};

describe('starting a workout', () => {
  afterEach(() => vi.restoreAllMocks());

  it('offline, opens the template’s plan under an id made here and queues the start with that id', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const server = mockFetch();

    const workout = await startWorkoutOrQueue({ templateId: 't1' }, async () => dayA);

    expect(server.calls('POST /api/v1/workouts')).toHaveLength(0);
    expect(workout).toMatchObject({ status: 'in_progress', templateId: 't1', templateName: 'Day A', plan: dayA.plan, sets: [] });
    const [queued] = await queuedChanges();
    expect(queued).toMatchObject({ kind: 'start-workout', input: { templateId: 't1', id: workout.id } });
    expect(await readCopy(workoutQueryOptions(workout.id).queryKey)).toEqual(workout);
  });

  it('replays the start with the same id, so a second try answers with the same workout', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const workout = await startWorkoutOrQueue({}, async () => ({ templateName: null, plan: [], exercises: [] }));
    const server = mockFetch({ 'POST /api/v1/workouts': (r) => json({ ...workout, id: (r.body as { id: string }).id }, 201) });

    const [queued] = await queuedChanges();
    await sendWorkoutChange(queued!);
    await sendWorkoutChange(queued!);

    expect(server.calls('POST /api/v1/workouts').map((r) => r.body)).toEqual([{ id: workout.id }, { id: workout.id }]);
  });

  it('asks the server as before when the template was never on this device', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    const server = mockFetch({ 'POST /api/v1/workouts': (r) => json({ id: (r.body as { id: string }).id }, 201) });

    await startWorkoutOrQueue({ templateId: 'unknown' }, async () => null);

    expect(server.calls('POST /api/v1/workouts')).toHaveLength(1);
    expect(await queuedChanges()).toEqual([]);
  });
});
