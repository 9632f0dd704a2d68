import { describe, expect, it } from 'vitest';
import type { ExerciseRecords } from '../api/types';
import { noRecords } from '../../test/analytics';
import { prsOfSets, type LoggedSet } from './personal-records';

const at = { setId: 's0', workoutId: 'w0', achievedAt: '2026-11-01T10:00:00Z' };
const records: ExerciseRecords = {
  heaviestKg: { value: 100, ...at },
  bestE1rmKg: { value: 116.67, ...at },
  bestSetVolumeKg: { value: 500, ...at },
  bestSessionVolumeKg: { value: 1500, ...at },
  mostReps: { value: 8, ...at },
  repMaxes: [
    { reps: 5, weightKg: 100, ...at },
    { reps: 8, weightKg: 80, ...at },
  ],
};
const set = (weightKg: number, reps: number, setType: LoggedSet['setType'] = 'working'): LoggedSet => ({ weightKg, reps, rpe: null, setType });

describe('prsOfSets', () => {
  it('flags every record a set beats', () => {
    expect(prsOfSets([set(102.5, 5)], records, 'epley')).toEqual([['heaviest', 'e1rm', 'set_volume', 'rep_max']]);
  });

  it('flags a rep max only where that rep count has one to beat', () => {
    expect(prsOfSets([set(82.5, 8)], records, 'epley')).toEqual([['set_volume', 'rep_max']]);
    expect(prsOfSets([set(60, 3)], records, 'epley')).toEqual([[]]);
  });

  it('does not flag a set that ties a record', () => {
    expect(prsOfSets([set(100, 5)], records, 'epley')).toEqual([[]]);
  });

  it('never flags warm-ups', () => {
    expect(prsOfSets([set(150, 5, 'warmup')], records, 'epley')).toEqual([[]]);
  });

  it('compares later sets with the earlier sets of the same workout', () => {
    expect(prsOfSets([set(105, 5), set(102.5, 5), set(107.5, 5)], records, 'epley')).toEqual([
      ['heaviest', 'e1rm', 'set_volume', 'rep_max'],
      [],
      ['heaviest', 'e1rm', 'set_volume', 'rep_max'],
    ]);
  });

  it('flags nothing in the first session of an exercise', () => {
    expect(prsOfSets([set(100, 5), set(110, 5)], noRecords, 'epley')).toEqual([[], []]);
    expect(prsOfSets([set(100, 5)], undefined, 'epley')).toEqual([[]]);
  });
});
