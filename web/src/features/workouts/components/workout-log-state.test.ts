import { describe, expect, it } from 'vitest';
import type { PlannedExercise, Workout, WorkoutSet } from '../../../lib/api/types';
import { canMoveSet, initLog, localLog, logReducer, previousFor, setRequest, type LogState } from './workout-log-state';

const plan: PlannedExercise = {
  exerciseId: 'squat',
  exerciseName: 'Squat',
  sets: 3,
  repsMin: 5,
  repsMax: 5,
  restSeconds: 120,
  targetRpe: 8,
  targetWeightKg: 80,
  notes: null,
  last: { performedAt: '2025-01-01T10:00:00Z', weightKg: 120, reps: 5 },
  targetReps: null,
  setWeightsKg: null,
  setReps: null,
  lastSetAmrap: false,
  progressionReason: null,
};
const workout: Workout = {
  id: 'w1',
  status: 'in_progress',
  startedAt: '2025-01-08T10:00:00Z',
  completedAt: null,
  notes: null,
  templateId: 't1',
  templateName: 'Legs',
  exercises: [{ exerciseId: 'squat', exerciseName: 'Squat', equipment: 'barbell', kind: 'weight_reps' }],
  plan: [plan],
  sets: [],
  totalVolumeKg: 0,
};
const lastTime = [
  { reps: 5, weightKg: 60, rpe: null, setType: 'warmup' as const },
  { reps: 5, weightKg: 120, rpe: 7, setType: 'working' as const },
  { reps: 5, weightKg: 117.5, rpe: 8, setType: 'working' as const },
  { reps: 4, weightKg: 115, rpe: 9, setType: 'working' as const },
];

function rows(state: LogState) {
  return state.blocks[0]?.rows ?? [];
}

function logged(state: LogState, index: number, changes: Partial<WorkoutSet> = {}): LogState {
  const row = rows(state)[index];
  if (!row) throw new Error('no row');
  const body = setRequest(row, state.unit, 'weight_reps', '2025-01-08T10:10:00Z');
  if (typeof body === 'string') throw new Error(body);
  const set: WorkoutSet = { id: row.id, exerciseName: row.exerciseName, rpe: null, setType: 'working', notes: null, completedAt: '2025-01-08T10:10:00Z', ...body, ...changes } as WorkoutSet;
  return logReducer(state, { type: 'saved', rowId: row.id, set });
}

describe('the logging table’s state', () => {
  it('pre-fills planned sets from the target until last time’s sets arrive, then from the same position last time', () => {
    let state = initLog(workout, 'kg', true);
    expect(rows(state).map((r) => r.weight)).toEqual(['80', '80', '80']);

    state = logReducer(state, { type: 'previous', exerciseId: 'squat', sets: lastTime });

    expect(rows(state).map((r) => `${r.weight}×${r.reps}`)).toEqual(['120×5', '117.5×5', '115×4']);
    expect(rows(state).map((r) => r.rpe)).toEqual(['', '', '']);
  });

  it('shows a kilogram target in pounds on the 5 lb plate step and sends what is shown', () => {
    const state = initLog(workout, 'lb', true);
    const first = rows(state)[0];

    expect(first?.weight).toBe('175');
    expect(setRequest(first!, 'lb', 'weight_reps')).toMatchObject({ weightKg: 175 * 0.45359237 });
  });

  it('leaves a set the lifter changed alone when last time’s numbers arrive', () => {
    let state = initLog(workout, 'kg', true);
    state = logReducer(state, { type: 'change', rowId: rows(state)[0]!.id, changes: { weight: '100' } });

    state = logReducer(state, { type: 'previous', exerciseId: 'squat', sets: lastTime });

    expect(rows(state)[0]?.weight).toBe('100');
  });

  it('matches warm-ups with last time’s warm-ups and working sets with working sets', () => {
    let state = logReducer(initLog(workout, 'kg', true), { type: 'previous', exerciseId: 'squat', sets: lastTime });

    state = logReducer(state, { type: 'add-warmup', exerciseId: 'squat' });

    const block = state.blocks[0]!;
    expect(block.rows.map((r) => r.setType)).toEqual(['warmup', 'working', 'working', 'working']);
    expect(previousFor(block, 0)).toMatchObject({ weightKg: 60 });
    expect(previousFor(block, 1)).toMatchObject({ weightKg: 120 });
    expect(block.rows[0]?.weight).toBe('60');
  });

  it('carries a changed set forward to the untouched sets after it, but not last time’s own numbers', () => {
    let state = logReducer(initLog(workout, 'kg', true), { type: 'previous', exerciseId: 'squat', sets: lastTime });
    state = logged(state, 0);
    expect(rows(state)[1]?.weight).toBe('117.5');

    state = logReducer(state, { type: 'change', rowId: rows(state)[1]!.id, changes: { weight: '110' } });
    state = logged(state, 1);

    expect(rows(state)[2]?.weight).toBe('110');
    expect(rows(state)[2]?.reps).toBe('5');
  });

  it('refuses an empty weight unless the exercise is bodyweight', () => {
    const state = initLog({ ...workout, plan: [{ ...plan, targetWeightKg: null, last: null }] }, 'kg', true);
    const first = rows(state)[0]!;

    expect(setRequest(first, 'kg', 'weight_reps')).toBe('Enter the weight.');
    expect(setRequest(first, 'kg', 'bodyweight_reps')).toMatchObject({ weightKg: 0, reps: 5 });
  });

  it('keeps unlogged sets and added exercises through the device’s copy, in the device’s order', () => {
    let state = initLog(workout, 'kg', true);
    state = logReducer(state, { type: 'add-exercises', exercises: [{ exerciseId: 'curl', exerciseName: 'Curl', previous: [] }] });
    state = logReducer(state, { type: 'move-exercise', exerciseId: 'curl', delta: -1 });
    state = logReducer(state, { type: 'change', rowId: rows(state)[0]!.id, changes: { weight: '20', reps: '12' } });

    const again = initLog(workout, 'kg', true, JSON.parse(JSON.stringify(localLog(state))));

    expect(again.blocks.map((b) => b.exerciseId)).toEqual(['curl', 'squat']);
    expect(again.blocks[0]?.rows[0]).toMatchObject({ weight: '20', reps: '12', id: rows(state)[0]!.id });
    expect(again.blocks[1]?.rows).toHaveLength(3);
  });

  it('moves a set still to do among the sets still to do, keeping its id and numbers', () => {
    let state = initLog(workout, 'kg', true);
    state = logReducer(state, { type: 'change', rowId: rows(state)[2]!.id, changes: { weight: '90' } });
    const [first, second, third] = rows(state).map((r) => r.id);

    state = logReducer(state, { type: 'move-set', rowId: third!, delta: -1 });

    expect(rows(state).map((r) => r.id)).toEqual([first, third, second]);
    expect(rows(state)[1]?.weight).toBe('90');
  });

  it('never moves a set still to do above a logged set, nor a logged set at all', () => {
    const state = logged(initLog(workout, 'kg', true), 0);
    const order = rows(state).map((r) => r.id);

    const up = logReducer(state, { type: 'move-set', rowId: order[1]!, delta: -1 });
    const loggedDown = logReducer(state, { type: 'move-set', rowId: order[0]!, delta: 1 });

    expect(rows(up).map((r) => r.id)).toEqual(order);
    expect(rows(loggedDown).map((r) => r.id)).toEqual(order);
    expect(canMoveSet(state, order[1]!, -1)).toBe(false);
    expect(canMoveSet(state, order[1]!, 1)).toBe(true);
    expect(canMoveSet(state, order[0]!, 1)).toBe(false);
  });

  it('leaves a set alone once the lifter puts the cursor in it, even before a key is pressed', () => {
    let state = initLog({ ...workout, plan: [{ ...plan, targetWeightKg: null, last: null }] }, 'kg', true);
    state = logReducer(state, { type: 'hold', rowId: rows(state)[0]!.id });

    state = logReducer(state, { type: 'previous', exerciseId: 'squat', sets: lastTime });

    expect(rows(state)[0]?.weight).toBe('');
    expect(rows(state)[1]?.weight).toBe('117.5');
  });
});
