// A set row's time and distance as typed, and the numbers its PUT sends, by what the exercise measures.
import type { WeightUnit } from '../../../lib/api/types';
import { distanceUnit, formatDuration, fromMetres, parseDuration, setFields, toMetres, usesReps, type ExerciseKind } from '../../../lib/exercise-kinds';
import { displayWeight, MAX_WEIGHT_KG, toKg } from '../../../lib/units';
import type { KindPutSetRequest } from '../api/put-set';

export interface KindValues {
  durationSeconds?: number | null;
  distanceM?: number | null;
}

/** Stored seconds and metres as the row shows them: "1:30", "50" (m) or "5" (km). */
export function kindValues(values: KindValues, kind: ExerciseKind, unit: WeightUnit): { duration: string; distance: string } {
  return {
    duration: values.durationSeconds ? formatDuration(values.durationSeconds) : '',
    distance: values.distanceM ? String(fromMetres(values.distanceM, distanceUnit(kind, unit))) : '',
  };
}

interface RowText {
  weight: string;
  reps: string;
  duration?: string;
  distance?: string;
  /** Exact kilograms behind a pre-filled weight, sent unrounded while the text is unchanged. */
  baseWeightKg: number | null;
  baseWeightText: string;
}

type Numbers = Pick<KindPutSetRequest, 'reps' | 'weightKg' | 'durationSeconds' | 'distanceM'>;

/** The row's numbers for its kind, or a message saying what to fix. Fields the kind does not use are sent as null. */
export function kindValuesRequest(row: RowText, unit: WeightUnit, kind: ExerciseKind): Numbers | string {
  const fields = setFields(kind);
  const body: Numbers = { reps: null, weightKg: null, durationSeconds: null, distanceM: null };

  if (usesReps(kind)) {
    const reps = Number(row.reps);
    if (row.reps.trim() === '' || !Number.isInteger(reps) || reps < 0 || reps > 1000) return 'Enter the reps: a whole number from 0 to 1000.';
    body.reps = reps;
  }

  if (fields.includes('weight')) {
    // Weight × reps and carries need a load; a bodyweight set or a timed hold without one has none added.
    const required = kind === 'weight_reps' || kind === 'weight_distance';
    if (row.weight.trim() === '' && required) return 'Enter the weight.';
    const value = row.weight.trim() === '' ? 0 : Number(row.weight);
    if (!Number.isFinite(value) || (value < 0 && kind !== 'bodyweight_reps')) return 'Check the weight.';
    const weightKg = row.weight === row.baseWeightText && row.baseWeightKg !== null ? row.baseWeightKg : toKg(value, unit);
    if (Math.abs(weightKg) > MAX_WEIGHT_KG) return `The weight can be at most ${displayWeight(MAX_WEIGHT_KG, unit)} ${unit}.`;
    body.weightKg = weightKg;
  }

  if (fields.includes('duration')) {
    const text = row.duration?.trim() ?? '';
    const seconds = text === '' ? null : parseDuration(text);
    if (text !== '' && (seconds === null || seconds < 1)) return 'Enter the time as m:ss, e.g. 1:30.';
    if (seconds === null && kind === 'time') return 'Enter the time as m:ss, e.g. 1:30.';
    body.durationSeconds = seconds;
  }

  if (fields.includes('distance')) {
    const text = row.distance?.trim() ?? '';
    const value = text === '' ? null : Number(text);
    const shown = distanceUnit(kind, unit);
    if (value !== null && (!Number.isFinite(value) || value <= 0)) return `Check the distance (${shown}).`;
    if (value === null && kind === 'weight_distance') return `Enter the distance (${shown}).`;
    if (value === null && body.durationSeconds === null) return `Enter a distance (${shown}), a time or both.`;
    body.distanceM = value === null ? null : toMetres(value, shown);
  }
  return body;
}
