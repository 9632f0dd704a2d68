import { describe, expect, it } from 'vitest';
import type { PlannedExercise, Workout, WorkoutSet } from '../../../lib/api/types';
import { nextMember, restsAfter } from './superset-rounds';
import { initLog, localLog, logReducer, nextOpenRow, restsAfterLogging, setRequest, type LogState } from './workout-log-state';

function planned(exerciseId: string, sets: number): PlannedExercise {
  return {
    exerciseId,
    exerciseName: exerciseId,
    sets,
    repsMin: 8,
    repsMax: 8,
    restSeconds: 90,
    targetRpe: null,
    targetWeightKg: 40,
    notes: null,
    last: null,
    targetReps: null,
    setWeightsKg: null,
    setReps: null,
    lastSetAmrap: false,
    progressionReason: null,
  };
}

/** Press and row as superset 1 (three sets each), then curl on its own. */
const workout: Workout = {
  id: 'w1',
  status: 'in_progress',
  startedAt: '2025-01-08T10:00:00Z',
  completedAt: null,
  notes: null,
  templateId: 't1',
  templateName: 'Upper',
  exercises: [
    { exerciseId: 'press', exerciseName: 'press', equipment: 'barbell', kind: 'weight_reps', group: 1 },
    { exerciseId: 'row', exerciseName: 'row', equipment: 'barbell', kind: 'weight_reps', group: 1 },
    { exerciseId: 'curl', exerciseName: 'curl', equipment: 'dumbbell', kind: 'weight_reps', group: null },
  ],
  plan: [planned('press', 3), planned('row', 3), planned('curl', 2)],
  sets: [],
  totalVolumeKg: 0,
};

/** Logs the set to do next and says which exercise it was and whether the rest timer started. */
function logNext(state: LogState): { state: LogState; exercise: string; rest: boolean } {
  const row = nextOpenRow(state, null);
  if (!row) throw new Error('nothing to log');
  const rest = restsAfterLogging(state, row.id);
  const body = setRequest(row, 'kg', 'weight_reps', '2025-01-08T10:10:00Z');
  if (typeof body === 'string') throw new Error(body);
  const set = { id: row.id, exerciseName: row.exerciseName, rpe: null, setType: 'working', notes: null, completedAt: '2025-01-08T10:10:00Z', ...body } as WorkoutSet;
  return { state: logReducer(state, { type: 'saved', rowId: row.id, set }), exercise: row.exerciseId, rest };
}

describe('the next set in a superset or circuit', () => {
  it('is the member furthest behind, the earlier one on a tie', () => {
    const members = [
      { exerciseId: 'a', done: 1, open: true },
      { exerciseId: 'b', done: 0, open: true },
      { exerciseId: 'c', done: 0, open: true },
    ];
    expect(nextMember(members)?.exerciseId).toBe('b');
  });

  it('skips a member with no set left to log', () => {
    expect(nextMember([{ exerciseId: 'a', done: 2, open: true }, { exerciseId: 'b', done: 1, open: false }])?.exerciseId).toBe('a');
    expect(nextMember([{ exerciseId: 'a', done: 2, open: false }])).toBeNull();
  });

  it('logs press, row, press, row… and rests only after each row (the round’s last set), then the curl on its own', () => {
    let state = initLog(workout, 'kg', true);
    const done: string[] = [];
    for (let i = 0; i < 8; i++) {
      const step = logNext(state);
      state = step.state;
      done.push(`${step.exercise}${step.rest ? ' rest' : ''}`);
    }
    expect(done).toEqual(['press', 'row rest', 'press', 'row rest', 'press', 'row rest', 'curl rest', 'curl rest']);
  });

  it('after a reload mid-round goes on with the member whose set of the round is still to do', () => {
    const { state } = logNext(initLog(workout, 'kg', true));
    const saved = state.blocks[0]?.rows[0]?.saved as WorkoutSet;
    const reloaded = initLog({ ...workout, sets: [saved] }, 'kg', true, JSON.parse(JSON.stringify(localLog(state))));
    expect(nextOpenRow(reloaded, null)?.exerciseId).toBe('row');
  });
});

describe('the rest after a round', () => {
  it('waits while another member still has its set of this round, and starts when the round is over', () => {
    const members = [
      { exerciseId: 'a', done: 2, open: true },
      { exerciseId: 'b', done: 1, open: true },
    ];
    expect(restsAfter(members, 'a')).toBe(false);
    expect(restsAfter([{ ...members[0]!, done: 2 }, { ...members[1]!, done: 2 }], 'b')).toBe(true);
  });

  it('starts after every set of an exercise on its own', () => {
    const state = initLog(workout, 'kg', true);
    const curl = state.blocks[2]?.rows[0];
    expect(restsAfterLogging(state, curl!.id)).toBe(true);
  });
});

describe('grouping in the log', () => {
  it('keeps the device’s grouping through a reload and breaks a group that a move splits', () => {
    let state = initLog({ ...workout, exercises: workout.exercises.map((e) => ({ ...e, group: null })) }, 'kg', true);
    state = logReducer(state, { type: 'group-with-next', exerciseId: 'row' });
    expect(state.blocks.map((b) => b.group)).toEqual([null, 1, 1]);
    const reloaded = initLog({ ...workout, exercises: workout.exercises.map((e) => ({ ...e, group: null })) }, 'kg', true, JSON.parse(JSON.stringify(localLog(state))));
    expect(reloaded.blocks.map((b) => b.group)).toEqual([null, 1, 1]);
    state = logReducer(state, { type: 'move-exercise', exerciseId: 'press', delta: 1 });
    expect(state.blocks.map((b) => [b.exerciseId, b.group])).toEqual([['row', null], ['press', null], ['curl', null]]);
  });
});
