// What a set of an exercise measures, and how its time and distance are typed and read. The live workout,
// the workout pages and an exercise's page all show sets, and features never import each other, so it lives here.
import type { components } from './api/schema';
import type { WeightUnit } from './api/types';
import { formatWeight } from './units';

/** A catalogue item with its kind (types.ts predates kinds). */
export type ExerciseWithKind = components['schemas']['ExerciseItem'];

export type ExerciseKind = 'weight_reps' | 'bodyweight_reps' | 'time' | 'distance_time' | 'weight_distance';

export const EXERCISE_KINDS: readonly ExerciseKind[] = ['weight_reps', 'bodyweight_reps', 'time', 'distance_time', 'weight_distance'];

const KIND_LABELS: Record<ExerciseKind, string> = {
  weight_reps: 'Weight × reps',
  bodyweight_reps: 'Bodyweight reps (optional added or assisted load)',
  time: 'Time (a hold, e.g. a plank)',
  distance_time: 'Distance and time (a run, a row)',
  weight_distance: 'Weight × distance (a carry, a sled)',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind as ExerciseKind] ?? kind;
}

/** An unknown kind (an older server) reads as the classic weight × reps. */
export function asKind(kind: string | null | undefined): ExerciseKind {
  return EXERCISE_KINDS.includes(kind as ExerciseKind) ? (kind as ExerciseKind) : 'weight_reps';
}

/** An exercise's kind; without one (an older server), its equipment's usual kind, as the server assumes. */
export function kindOfExercise(exercise: { kind?: string | null; equipment?: string | null }): ExerciseKind {
  if (exercise.kind) return asKind(exercise.kind);
  return exercise.equipment === 'bodyweight' ? 'bodyweight_reps' : 'weight_reps';
}

export function usesReps(kind: ExerciseKind): boolean {
  return kind === 'weight_reps' || kind === 'bodyweight_reps';
}

/** The two value columns of a set's row: the first and second thing the lifter types. */
export type SetField = 'weight' | 'reps' | 'duration' | 'distance';

export function setFields(kind: ExerciseKind): [SetField, SetField] {
  switch (kind) {
    case 'time':
      return ['weight', 'duration'];
    case 'distance_time':
      return ['distance', 'duration'];
    case 'weight_distance':
      return ['weight', 'distance'];
    default:
      return ['weight', 'reps'];
  }
}

export type DistanceUnit = 'm' | 'km' | 'yd' | 'mi';

const METRES_PER: Record<DistanceUnit, number> = { m: 1, km: 1000, yd: 0.9144, mi: 1609.344 };

/** Carries are typed in metres or yards, runs and rows in kilometres or miles: the numbers people say. */
export function distanceUnit(kind: ExerciseKind, unit: WeightUnit): DistanceUnit {
  const long = kind === 'distance_time';
  return unit === 'lb' ? (long ? 'mi' : 'yd') : long ? 'km' : 'm';
}

export function toMetres(value: number, unit: DistanceUnit): number {
  return value * METRES_PER[unit];
}

/** Metres in `unit`, to 2 decimals for km/mi and whole-ish (1 decimal) for m/yd. */
export function fromMetres(metres: number, unit: DistanceUnit): number {
  const value = metres / METRES_PER[unit];
  const factor = unit === 'km' || unit === 'mi' ? 100 : 10;
  return Math.round(value * factor) / factor;
}

/** "50 m", "1.2 km", "55 yd", "3.1 mi": short distances in m/yd, from 1 km (1 mi) on in km (mi). */
export function formatDistance(metres: number, unit: WeightUnit): string {
  const long = unit === 'lb' ? (metres >= METRES_PER.mi ? 'mi' : 'yd') : metres >= 1000 ? 'km' : 'm';
  return `${fromMetres(metres, long)} ${long}`;
}

/** "1:30", "12:05", "1:02:03". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/**
 * Typed time to seconds: "1:30" → 90, "1:02:03" → 3723, "45" → 45 (plain seconds); null when it is not a time.
 * Minutes and seconds after the first part must be below 60.
 */
export function parseDuration(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+(:\d{1,2}){0,2}$/.test(trimmed)) return null;
  const parts = trimmed.split(':').map(Number);
  if (parts.slice(1).some((p) => p >= 60)) return null;
  return parts.reduce((total, part) => total * 60 + part, 0);
}

/** The numbers a set carries, for reading. */
export interface SetValues {
  reps: number;
  weightKg: number;
  rpe: number | null;
  durationSeconds?: number | null;
  distanceM?: number | null;
}

/** The load of a set as read: "80 kg"; on a bodyweight kind "BW", "BW + 10 kg" or "BW − 20 kg" (assisted). */
export function formatLoad(weightKg: number, kind: ExerciseKind, unit: WeightUnit): string {
  if (kind !== 'bodyweight_reps') return formatWeight(weightKg, unit);
  if (weightKg === 0) return 'BW';
  return weightKg > 0 ? `BW + ${formatWeight(weightKg, unit)}` : `BW − ${formatWeight(-weightKg, unit)}`;
}

/** One set as read in a list: "80 kg × 5 @8", "1:30", "20 kg · 1:00", "40 kg × 50 m", "5 km in 25:00". */
export function formatSet(set: SetValues, kind: ExerciseKind, unit: WeightUnit): string {
  const rpe = set.rpe === null ? '' : ` @${set.rpe}`;
  const duration = set.durationSeconds ? formatDuration(set.durationSeconds) : null;
  const distance = set.distanceM ? formatDistance(set.distanceM, unit) : null;
  switch (kind) {
    case 'time':
      return `${set.weightKg > 0 ? `${formatWeight(set.weightKg, unit)} · ` : ''}${duration ?? '–'}${rpe}`;
    case 'distance_time':
      return `${[distance, duration].filter(Boolean).join(' in ') || '–'}${rpe}`;
    case 'weight_distance':
      return `${formatWeight(set.weightKg, unit)} × ${distance ?? '–'}${duration ? ` in ${duration}` : ''}${rpe}`;
    default:
      return `${formatLoad(set.weightKg, kind, unit)} × ${set.reps}${rpe}`;
  }
}
