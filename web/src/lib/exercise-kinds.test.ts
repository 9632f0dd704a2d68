import { describe, expect, it } from 'vitest';
import { distanceUnit, formatDistance, formatDuration, formatSet, kindOfExercise, parseDuration } from './exercise-kinds';

describe('exercise kinds', () => {
  it('reads a typed time as seconds', () => {
    expect(parseDuration('1:30')).toBe(90);
    expect(parseDuration('45')).toBe(45);
    expect(parseDuration('1:02:03')).toBe(3723);
    expect(parseDuration('1:75')).toBeNull();
    expect(parseDuration('1.5')).toBeNull();
    expect(parseDuration('')).toBeNull();
  });

  it('writes seconds as m:ss, with hours when needed', () => {
    expect(formatDuration(90)).toBe('1:30');
    expect(formatDuration(5)).toBe('0:05');
    expect(formatDuration(3723)).toBe('1:02:03');
  });

  it('types carries in metres or yards and runs in kilometres or miles', () => {
    expect(distanceUnit('weight_distance', 'kg')).toBe('m');
    expect(distanceUnit('distance_time', 'kg')).toBe('km');
    expect(distanceUnit('weight_distance', 'lb')).toBe('yd');
    expect(distanceUnit('distance_time', 'lb')).toBe('mi');
  });

  it('reads distances in the account unit', () => {
    expect(formatDistance(50, 'kg')).toBe('50 m');
    expect(formatDistance(5000, 'kg')).toBe('5 km');
    expect(formatDistance(45.72, 'lb')).toBe('50 yd');
    expect(formatDistance(1609.344 * 3.1, 'lb')).toBe('3.1 mi');
  });

  it('reads each kind of set in its own terms', () => {
    const base = { reps: 0, weightKg: 0, rpe: null };
    expect(formatSet({ ...base, durationSeconds: 90 }, 'time', 'kg')).toBe('1:30');
    expect(formatSet({ ...base, weightKg: 40, distanceM: 50 }, 'weight_distance', 'kg')).toBe('40 kg × 50 m');
    expect(formatSet({ ...base, distanceM: 5000, durationSeconds: 1500 }, 'distance_time', 'kg')).toBe('5 km in 25:00');
    expect(formatSet({ ...base, reps: 8, weightKg: -20 }, 'bodyweight_reps', 'kg')).toBe('BW − 20 kg × 8');
    expect(formatSet({ ...base, reps: 5, weightKg: 100, rpe: 8 }, 'weight_reps', 'kg')).toBe('100 kg × 5 @8');
  });

  it('falls back on the equipment when an exercise has no kind', () => {
    expect(kindOfExercise({ equipment: 'bodyweight' })).toBe('bodyweight_reps');
    expect(kindOfExercise({ equipment: 'barbell' })).toBe('weight_reps');
    expect(kindOfExercise({ kind: 'time', equipment: 'bodyweight' })).toBe('time');
  });
});
