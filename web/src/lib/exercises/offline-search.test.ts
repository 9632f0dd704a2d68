import { describe, expect, it } from 'vitest';
import type { Exercise } from '../api/types';
import { searchExercisesOffline } from './offline-search';

const exercise = (name: string, equipment: Exercise['equipment'] = 'barbell', extra: Partial<Exercise> = {}): Exercise => ({
  id: name,
  name,
  primaryMuscles: ['chest'],
  secondaryMuscles: [],
  equipment,
  kind: 'weight_reps',
  isCustom: false,
  isArchived: false,
  ...extra,
});

const list = [
  exercise('Barbell Bench Press'),
  exercise('Pull-Up', 'bodyweight', { primaryMuscles: ['lats'] }),
  exercise('Machine Chest Press', 'machine'),
  exercise('Chin-Up', 'bodyweight', { primaryMuscles: ['lats'] }),
  exercise('Élévation latérale', 'dumbbell', { isCustom: true }),
  exercise('Old Press', 'barbell', { isArchived: true }),
];

const names = (items: Exercise[]) => items.map((e) => e.name);

describe('searching the exercises kept on the device', () => {
  it('matches words at the start of the name’s words, in any order, names starting so first', () => {
    expect(names(searchExercisesOffline(list, { search: 'press' }))).toEqual(['Barbell Bench Press', 'Machine Chest Press']);
    expect(names(searchExercisesOffline(list, { search: 'chin' }))).toEqual(['Chin-Up']);
    expect(names(searchExercisesOffline(list, { search: 'press bench' }))).toEqual(['Barbell Bench Press']);
  });

  it('finds words run together, and ignores case and accents', () => {
    expect(names(searchExercisesOffline(list, { search: 'pullup' }))).toEqual(['Pull-Up']);
    expect(names(searchExercisesOffline(list, { search: 'ELEVATION' }))).toEqual(['Élévation latérale']);
  });

  it('filters by muscle and equipment and leaves archived exercises out', () => {
    expect(names(searchExercisesOffline(list, { muscle: 'lats' }))).toEqual(['Chin-Up', 'Pull-Up']);
    expect(names(searchExercisesOffline(list, { equipment: 'barbell' }))).toEqual(['Barbell Bench Press']);
  });
});
