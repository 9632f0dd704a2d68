// The screen-side state of a workout's log: one block per exercise, one row per set. Each row
// gets its set id when the row is created, and keeps it through edits and retries, so the PUT
// for that row always targets the same URL and a retry can never log the set twice.
import type { PlannedExercise, PutSetRequest, SetType, WeightUnit, Workout, WorkoutSet } from '../../../lib/api/types';
import { displayWeight, MAX_WEIGHT_KG, toKg } from '../../../lib/units';
import { randomUuid } from '../../../lib/uuid';

export type RowStatus = 'draft' | 'saving' | 'saved' | 'failed';

export interface SetRow {
  id: string;
  exerciseId: string;
  exerciseName: string;
  /** Weight as typed, in the user's unit. */
  weight: string;
  reps: string;
  rpe: string;
  setType: SetType;
  notes: string;
  status: RowStatus;
  /** A logged set opened for changes. */
  editing: boolean;
  /** A collapsed planned set the user opened. */
  open: boolean;
  /** The server's copy once logged (to cancel an edit). */
  saved: WorkoutSet | null;
  /** Exact kilograms behind the pre-filled text, so an untouched weight is sent unrounded. */
  baseWeightKg: number | null;
  baseWeightText: string;
  /** When the user first tapped "Log set"; a retry keeps it. */
  loggedAt: string | null;
}

export type LastSet = PlannedExercise['last'];

export interface ExerciseBlock {
  exerciseId: string;
  exerciseName: string;
  plan: PlannedExercise | null;
  last: LastSet;
  rows: SetRow[];
}

export interface LogState {
  unit: WeightUnit;
  blocks: ExerciseBlock[];
}

export function newSetId(): string {
  return randomUuid();
}

function weightText(kg: number | null, unit: WeightUnit): string {
  return kg === null ? '' : String(displayWeight(kg, unit));
}

function draftRow(
  exerciseId: string,
  exerciseName: string,
  unit: WeightUnit,
  weightKg: number | null,
  reps: number | null,
  extra: Partial<SetRow> = {},
): SetRow {
  const text = weightText(weightKg, unit);
  return {
    id: newSetId(),
    exerciseId,
    exerciseName,
    weight: text,
    reps: reps === null ? '' : String(reps),
    rpe: '',
    setType: 'working',
    notes: '',
    status: 'draft',
    editing: false,
    open: false,
    saved: null,
    baseWeightKg: weightKg,
    baseWeightText: text,
    loggedAt: null,
    ...extra,
  };
}

function savedRow(set: WorkoutSet, unit: WeightUnit): SetRow {
  const text = weightText(set.weightKg, unit);
  return {
    id: set.id,
    exerciseId: set.exerciseId,
    exerciseName: set.exerciseName,
    weight: text,
    reps: String(set.reps),
    rpe: set.rpe === null ? '' : String(set.rpe),
    setType: set.setType,
    notes: set.notes ?? '',
    status: 'saved',
    editing: false,
    open: false,
    saved: set,
    baseWeightKg: set.weightKg,
    baseWeightText: text,
    loggedAt: set.completedAt,
  };
}

/** Pre-fill for a planned set: what was lifted last time, else the plan's target. */
function plannedDraft(plan: PlannedExercise, unit: WeightUnit): SetRow {
  const weightKg = plan.last?.weightKg ?? plan.targetWeightKg;
  const reps = plan.last?.reps ?? plan.repsMin;
  return draftRow(plan.exerciseId, plan.exerciseName, unit, weightKg, reps, {
    rpe: plan.targetRpe === null ? '' : String(plan.targetRpe),
  });
}

/**
 * Blocks for the plan (in plan order, drafts up to the planned count) then ad-hoc exercises.
 * `unsaved` are rows whose PUT failed before a reload: they come back as "not saved", same ids.
 */
export function initLog(workout: Workout, unit: WeightUnit, withDrafts: boolean, unsaved: SetRow[] = []): LogState {
  const sets = [...workout.sets].sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  const blocks: ExerciseBlock[] = [];
  const byExercise = new Map<string, ExerciseBlock>();
  for (const plan of workout.plan) {
    if (byExercise.has(plan.exerciseId)) continue;
    const block: ExerciseBlock = { exerciseId: plan.exerciseId, exerciseName: plan.exerciseName, plan, last: plan.last, rows: [] };
    byExercise.set(plan.exerciseId, block);
    blocks.push(block);
  }
  for (const set of sets) {
    let block = byExercise.get(set.exerciseId);
    if (!block) {
      block = { exerciseId: set.exerciseId, exerciseName: set.exerciseName, plan: null, last: null, rows: [] };
      byExercise.set(set.exerciseId, block);
      blocks.push(block);
    }
    block.rows.push(savedRow(set, unit));
  }
  const savedIds = new Set(sets.map((x) => x.id));
  for (const row of unsaved) {
    if (savedIds.has(row.id)) continue;
    let block = byExercise.get(row.exerciseId);
    if (!block) {
      block = { exerciseId: row.exerciseId, exerciseName: row.exerciseName, plan: null, last: null, rows: [] };
      byExercise.set(row.exerciseId, block);
      blocks.push(block);
    }
    block.rows.push({ ...row, status: 'failed', editing: false, saved: null });
  }
  if (withDrafts) {
    for (const block of blocks) {
      if (!block.plan) continue;
      for (let i = block.rows.length; i < block.plan.sets; i++) block.rows.push(plannedDraft(block.plan, unit));
    }
  }
  return { unit, blocks };
}

export type LogAction =
  | { type: 'change'; rowId: string; changes: Partial<Pick<SetRow, 'weight' | 'reps' | 'rpe' | 'setType' | 'notes'>> }
  | { type: 'open'; rowId: string }
  | { type: 'edit'; rowId: string }
  | { type: 'cancel-edit'; rowId: string }
  | { type: 'saving'; rowId: string; loggedAt: string }
  | { type: 'saved'; rowId: string; set: WorkoutSet }
  | { type: 'failed'; rowId: string }
  | { type: 'remove'; rowId: string }
  | { type: 'add-set'; exerciseId: string }
  | { type: 'add-exercise'; exerciseId: string; exerciseName: string; last: LastSet };

function mapRow(state: LogState, rowId: string, fn: (row: SetRow) => SetRow): LogState {
  return {
    ...state,
    blocks: state.blocks.map((b) => (b.rows.some((r) => r.id === rowId) ? { ...b, rows: b.rows.map((r) => (r.id === rowId ? fn(r) : r)) } : b)),
  };
}

export function logReducer(state: LogState, action: LogAction): LogState {
  switch (action.type) {
    case 'change':
      return mapRow(state, action.rowId, (r) => ({ ...r, ...action.changes, status: r.status === 'failed' ? 'failed' : r.status }));
    case 'open':
      return mapRow(state, action.rowId, (r) => ({ ...r, open: true }));
    case 'edit':
      return mapRow(state, action.rowId, (r) => ({ ...r, editing: true }));
    case 'cancel-edit':
      return mapRow(state, action.rowId, (r) => (r.saved ? { ...savedRow(r.saved, state.unit) } : r));
    case 'saving':
      return mapRow(state, action.rowId, (r) => ({ ...r, status: 'saving', loggedAt: r.loggedAt ?? action.loggedAt }));
    case 'saved':
      return mapRow(state, action.rowId, () => savedRow(action.set, state.unit));
    case 'failed':
      // Same row, same id: the retry button sends the same PUT again.
      return mapRow(state, action.rowId, (r) => ({ ...r, status: 'failed' }));
    case 'remove':
      return { ...state, blocks: state.blocks.map((b) => ({ ...b, rows: b.rows.filter((r) => r.id !== action.rowId) })) };
    case 'add-set':
      return {
        ...state,
        blocks: state.blocks.map((b) => {
          if (b.exerciseId !== action.exerciseId) return b;
          const previous = b.rows.at(-1);
          const row = previous
            ? draftRow(b.exerciseId, b.exerciseName, state.unit, null, null, {
                weight: previous.weight,
                reps: previous.reps,
                baseWeightKg: previous.weight === previous.baseWeightText ? previous.baseWeightKg : null,
                baseWeightText: previous.weight === previous.baseWeightText ? previous.baseWeightText : '',
                open: true,
              })
            : draftRow(b.exerciseId, b.exerciseName, state.unit, b.last?.weightKg ?? null, b.last?.reps ?? null, { open: true });
          return { ...b, rows: [...b.rows, row] };
        }),
      };
    case 'add-exercise': {
      if (state.blocks.some((b) => b.exerciseId === action.exerciseId)) return logReducer(state, { type: 'add-set', exerciseId: action.exerciseId });
      const row = draftRow(action.exerciseId, action.exerciseName, state.unit, action.last?.weightKg ?? null, action.last?.reps ?? null);
      return {
        ...state,
        blocks: [...state.blocks, { exerciseId: action.exerciseId, exerciseName: action.exerciseName, plan: null, last: action.last, rows: [row] }],
      };
    }
  }
}

/** The PUT body for a row, or a message saying what to fix. */
export function setRequest(row: SetRow, unit: WeightUnit, now = new Date().toISOString()): PutSetRequest | string {
  const reps = Number(row.reps);
  if (row.reps.trim() === '' || !Number.isInteger(reps) || reps < 0 || reps > 1000) return 'Reps must be a whole number from 0 to 1000.';
  const value = row.weight.trim() === '' ? 0 : Number(row.weight);
  if (!Number.isFinite(value) || value < 0) return 'Check the weight.';
  const weightKg = row.weight === row.baseWeightText && row.baseWeightKg !== null ? row.baseWeightKg : toKg(value, unit);
  if (weightKg > MAX_WEIGHT_KG) return `The weight can be at most ${displayWeight(MAX_WEIGHT_KG, unit)} ${unit}.`;
  return {
    exerciseId: row.exerciseId,
    reps,
    weightKg,
    rpe: row.rpe ? Number(row.rpe) : null,
    setType: row.setType,
    notes: row.notes.trim() || null,
    completedAt: row.saved?.completedAt ?? row.loggedAt ?? now,
  };
}

/** New sets that are not on the server yet (a failed or interrupted PUT). */
export function unsavedRows(state: LogState): SetRow[] {
  return state.blocks.flatMap((b) => b.rows).filter((r) => r.saved === null && (r.status === 'failed' || r.status === 'saving'));
}
