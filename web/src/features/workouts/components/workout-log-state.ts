// The screen-side state of a workout's log: one block per exercise, one row per set. Each row
// gets its set id when the row is created, and keeps it through edits and retries, so the PUT
// for that row always targets the same URL and a retry can never log the set twice.
import type { PlannedExercise, SetType, WeightUnit, Workout, WorkoutSet } from '../../../lib/api/types';
import { kindOfExercise, type ExerciseKind } from '../../../lib/exercise-kinds';
import type { KindPutSetRequest } from '../api/put-set';
import { kindValues, kindValuesRequest, type KindValues } from './set-kind-values';
import { displayTarget, displayWeight, weightStep } from '../../../lib/units';
import { randomUuid } from '../../../lib/uuid';
import { moveItem } from '../../../lib/move-item';
import { ruleTargetAt } from './plan-progression';
import { groupWithNext, normalizeGroups, ungroup } from '../../../lib/exercise-groups';
import { nextMember, restsAfter, type GroupMember } from './superset-rounds';

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
  /** Time as typed (m:ss) and distance in the kind's unit (m/km, yd/mi), for timed and distance kinds. */
  duration?: string;
  distance?: string;
  status: RowStatus;
  /** A logged set opened for changes. */
  editing: boolean;
  /** The lifter changed the weight or reps of this unlogged set: pre-fills no longer overwrite it. */
  touched: boolean;
  /** The lifter put the cursor in this unlogged set: last time's numbers arriving late no longer replace what is shown. */
  held?: boolean;
  /** The server's copy once logged (to cancel an edit). */
  saved: WorkoutSet | null;
  /** Exact kilograms behind the pre-filled text, so an untouched weight is sent unrounded. */
  baseWeightKg: number | null;
  baseWeightText: string;
  /** When the user first tapped ✓; a retry keeps it. */
  loggedAt: string | null;
}

export type LastSet = PlannedExercise['last'];

/** One set of the last workout with this exercise, in the order it was done. */
export interface PreviousSet {
  reps: number;
  weightKg: number;
  rpe: number | null;
  setType: SetType;
  durationSeconds?: number | null;
  distanceM?: number | null;
}

export interface ExerciseBlock {
  exerciseId: string;
  exerciseName: string;
  plan: PlannedExercise | null;
  last: LastSet;
  /** Last time's sets, once known (null until then). */
  previous: PreviousSet[] | null;
  rows: SetRow[];
  /** The superset or circuit it is in (consecutive blocks with one number); null or absent when on its own. */
  group?: number | null;
}

export interface LogState {
  unit: WeightUnit;
  /** The plate step in the user's unit: what the ± buttons step by and converted targets round to. */
  step: number;
  blocks: ExerciseBlock[];
  /** What each exercise's sets measure (weight × reps when not known). */
  kinds?: Readonly<Record<string, ExerciseKind>>;
}

export function kindOf(state: Pick<LogState, 'kinds'>, exerciseId: string): ExerciseKind {
  return state.kinds?.[exerciseId] ?? 'weight_reps';
}

/** What the device keeps between reloads: every exercise on screen and its sets not on the server yet. */
export interface LocalLog {
  blocks: { exerciseId: string; exerciseName: string; rows: SetRow[]; group?: number | null }[];
}

export function newSetId(): string {
  return randomUuid();
}

function weightText(kg: number | null, unit: WeightUnit): string {
  return kg === null ? '' : String(displayWeight(kg, unit));
}

function isWarmup(type: SetType): boolean {
  return type === 'warmup';
}

interface Prefill extends KindValues {
  weightKg: number | null;
  reps: number | null;
  /** A target rather than a lift: shown on the unit's plate step. */
  target?: boolean;
}

/** The unit and plate step pre-fills are written in, and the exercise's kind (its distance unit). */
interface Units {
  unit: WeightUnit;
  step: number;
  kind?: ExerciseKind;
}

function draftRow(exerciseId: string, exerciseName: string, units: Units, fill: Prefill, extra: Partial<SetRow> = {}): SetRow {
  return { id: newSetId(), exerciseId, exerciseName, status: 'draft', rpe: '', setType: 'working', notes: '', editing: false, touched: false, saved: null, loggedAt: null, ...fillValues(fill, units), ...extra };
}

function fillValues(fill: Prefill, { unit, step, kind = 'weight_reps' }: Units): Pick<SetRow, 'weight' | 'reps' | 'baseWeightKg' | 'baseWeightText' | 'duration' | 'distance'> {
  // A hold done without added load starts empty rather than "0": the load is the optional column there.
  if (kind === 'time' && fill.weightKg === 0) fill = { ...fill, weightKg: null };
  const text = fill.weightKg === null ? '' : fill.target ? String(displayTarget(fill.weightKg, unit, step)) : weightText(fill.weightKg, unit);
  // A target rounded to the plate step is sent as typed; anything else keeps its exact kilograms.
  const exact = fill.weightKg !== null && (!fill.target || String(displayWeight(fill.weightKg, unit)) === text);
  return {
    weight: text,
    reps: fill.reps === null ? '' : String(fill.reps),
    baseWeightKg: exact ? fill.weightKg : null,
    baseWeightText: exact ? text : '',
    ...kindValues(fill, kind, unit),
  };
}

function savedRow(set: WorkoutSet, unit: WeightUnit, kind: ExerciseKind): SetRow {
  const text = weightText(set.weightKg, unit);
  return {
    ...kindValues(set, kind, unit),
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
    touched: false,
    saved: set,
    baseWeightKg: set.weightKg,
    baseWeightText: text,
    loggedAt: set.completedAt,
  };
}

/** Where a row stands among the block's rows of its kind (warm-ups and working sets count apart). */
function positionOf(rows: readonly SetRow[], index: number, setType: SetType): number {
  return rows.slice(0, index).filter((r) => isWarmup(r.setType) === isWarmup(setType)).length;
}

/** Last time's set at the same position among sets of the same kind. */
export function previousFor(block: ExerciseBlock, index: number): PreviousSet | null {
  const row = block.rows[index];
  if (!row || !block.previous) return null;
  const position = positionOf(block.rows, index, row.setType);
  return block.previous.filter((s) => isWarmup(s.setType) === isWarmup(row.setType))[position] ?? null;
}

/**
 * Pre-fill for a set at `position`: a progression rule's target, else last time's same set, else the plan's target,
 * else last time's top set.
 */
function prefillAt(block: Pick<ExerciseBlock, 'plan' | 'last' | 'previous'>, position: number, setType: SetType): Prefill {
  const planned = isWarmup(setType) ? null : ruleTargetAt(block.plan, position);
  if (planned) return planned;
  const previous = block.previous?.filter((s) => isWarmup(s.setType) === isWarmup(setType))[position];
  if (previous) return { weightKg: previous.weightKg, reps: previous.reps, durationSeconds: previous.durationSeconds, distanceM: previous.distanceM };
  if (isWarmup(setType)) return { weightKg: null, reps: null };
  const { plan, last } = block;
  if (plan?.targetWeightKg != null) return { weightKg: plan.targetWeightKg, reps: plan.repsMin, target: true };
  return { weightKg: last?.weightKg ?? null, reps: last?.reps ?? plan?.repsMin ?? null };
}

function newBlock(exerciseId: string, exerciseName: string, plan: PlannedExercise | null = null, last: LastSet = null): ExerciseBlock {
  return { exerciseId, exerciseName, plan, last, previous: null, rows: [] };
}

/**
 * Blocks in the order the device last had them (plan order, then exercises added), the server's logged sets
 * in each, then the unlogged sets the device kept (same ids, a PUT in flight comes back as "not saved"), or,
 * for an exercise the device has no record of, the plan's sets still to do.
 */
export function initLog(workout: Workout, unit: WeightUnit, withDrafts: boolean, local: LocalLog | null = null, step = weightStep(unit)): LogState {
  const sets = [...workout.sets].sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  const kinds: Record<string, ExerciseKind> = Object.fromEntries((workout.exercises ?? []).map((e) => [e.exerciseId, kindOfExercise(e as { kind?: string; equipment: string })]));
  const kindOfId = (id: string) => kinds[id] ?? 'weight_reps';
  const byExercise = new Map<string, ExerciseBlock>();
  const order: string[] = [];
  const ensure = (exerciseId: string, exerciseName: string) => {
    let block = byExercise.get(exerciseId);
    if (!block) {
      block = newBlock(exerciseId, exerciseName);
      byExercise.set(exerciseId, block);
      order.push(exerciseId);
    }
    return block;
  };
  // The server's list first (its order is the workout's, on every device), then anything it lacks.
  for (const listed of workout.exercises ?? []) ensure(listed.exerciseId, listed.exerciseName).group = listed.group ?? null;
  for (const plan of workout.plan) {
    if (byExercise.get(plan.exerciseId)?.plan) continue;
    Object.assign(ensure(plan.exerciseId, plan.exerciseName), { plan, last: plan.last });
  }
  for (const set of sets) ensure(set.exerciseId, set.exerciseName).rows.push(savedRow(set, unit, kindOfId(set.exerciseId)));
  const localBlocks = new Map((local?.blocks ?? []).map((b) => [b.exerciseId, b]));
  for (const kept of local?.blocks ?? []) {
    const block = ensure(kept.exerciseId, kept.exerciseName);
    // Grouped on this device and not saved yet (offline): the device's grouping wins, like its order.
    if (kept.group !== undefined) block.group = kept.group;
  }
  const savedIds = new Set(sets.map((s) => s.id));
  for (const block of byExercise.values()) {
    const kept = localBlocks.get(block.exerciseId);
    if (kept) {
      for (const row of kept.rows) {
        if (savedIds.has(row.id)) continue;
        block.rows.push({ ...row, status: row.status === 'draft' ? 'draft' : 'failed', editing: false, saved: null, touched: row.touched ?? false });
      }
    } else if (withDrafts && block.plan) {
      const working = block.rows.filter((r) => !isWarmup(r.setType)).length;
      for (let i = working; i < block.plan.sets; i++) block.rows.push(draftRow(block.exerciseId, block.exerciseName, { unit, step, kind: kindOfId(block.exerciseId) }, prefillAt(block, i, 'working')));
    }
  }
  // The device's order wins where it has one: a reorder whose save failed is not undone by a reload.
  const localOrder = (local?.blocks ?? []).map((b) => b.exerciseId);
  const sorted = [...localOrder, ...order.filter((id) => !localBlocks.has(id))];
  return regroup({ unit, step, kinds, blocks: sorted.map((id) => byExercise.get(id)).filter((b): b is ExerciseBlock => b !== undefined) });
}

/** The blocks' groups renumbered in order, a group split apart or left with one member undone. */
function regroup(state: LogState, groups: readonly (number | null | undefined)[] = state.blocks.map((b) => b.group)): LogState {
  const normal = normalizeGroups(groups);
  return { ...state, blocks: state.blocks.map((b, i) => (b.group === normal[i] ? b : { ...b, group: normal[i] })) };
}

/** Each block's group, in order: what the server stores with the exercise list. */
export function blockGroups(state: LogState): (number | null)[] {
  return state.blocks.map((b) => b.group ?? null);
}

export interface AddedExercise {
  exerciseId: string;
  exerciseName: string;
  previous: PreviousSet[] | null;
  kind?: ExerciseKind;
}

export type LogAction =
  | { type: 'change'; rowId: string; changes: Partial<Pick<SetRow, 'weight' | 'reps' | 'rpe' | 'setType' | 'notes' | 'duration' | 'distance'>> }
  | { type: 'edit'; rowId: string }
  | { type: 'hold'; rowId: string }
  | { type: 'cancel-edit'; rowId: string }
  | { type: 'saving'; rowId: string; loggedAt: string }
  | { type: 'saved'; rowId: string; set: WorkoutSet }
  | { type: 'failed'; rowId: string }
  | { type: 'remove'; rowId: string }
  | { type: 'add-set'; exerciseId: string }
  | { type: 'add-warmup'; exerciseId: string }
  /** The server replaced the exercise's warm-ups with these (the warm-up ramp). */
  | { type: 'warmups'; exerciseId: string; sets: WorkoutSet[] }
  | { type: 'add-exercises'; exercises: AddedExercise[] }
  | { type: 'move-exercise'; exerciseId: string; delta: number }
  | { type: 'move-set'; rowId: string; delta: number }
  | { type: 'group-with-next'; exerciseId: string }
  | { type: 'ungroup'; exerciseId: string }
  | { type: 'previous'; exerciseId: string; sets: PreviousSet[] };

function mapRow(state: LogState, rowId: string, fn: (row: SetRow) => SetRow): LogState {
  return {
    ...state,
    blocks: state.blocks.map((b) => (b.rows.some((r) => r.id === rowId) ? { ...b, rows: b.rows.map((r) => (r.id === rowId ? fn(r) : r)) } : b)),
  };
}

function mapBlock(state: LogState, exerciseId: string, fn: (block: ExerciseBlock) => ExerciseBlock): LogState {
  return { ...state, blocks: state.blocks.map((b) => (b.exerciseId === exerciseId ? fn(b) : b)) };
}

function isOpenDraft(row: SetRow): boolean {
  return row.status === 'draft' && !row.touched;
}

/**
 * After a set is logged, the sets after it start from it: every one whose weight is still empty, and all
 * of them when the lifter changed the set from its pre-fill (today's load, not last time's).
 */
function carryForward(block: ExerciseBlock, index: number, logged: SetRow, set: WorkoutSet, units: Units): ExerciseBlock {
  const rows = block.rows.map((row, i) => {
    if (i <= index || !isOpenDraft(row) || isWarmup(row.setType) !== isWarmup(set.setType)) return row;
    if (!logged.touched && row.weight.trim() !== '') return row;
    return { ...row, ...fillValues({ weightKg: set.weightKg, reps: set.reps, durationSeconds: set.durationSeconds, distanceM: set.distanceM }, units) };
  });
  return { ...block, rows };
}

export function logReducer(state: LogState, action: LogAction): LogState {
  const { unit } = state;
  const kindFor = (exerciseId: string) => kindOf(state, exerciseId);
  const unitsFor = (exerciseId: string): Units => ({ unit, step: state.step, kind: kindFor(exerciseId) });
  switch (action.type) {
    case 'change': {
      const { weight, reps, duration, distance } = action.changes;
      const touches = [weight, reps, duration, distance].some((v) => v !== undefined);
      return mapRow(state, action.rowId, (r) => ({ ...r, ...action.changes, touched: r.touched || touches }));
    }
    case 'edit':
      return mapRow(state, action.rowId, (r) => ({ ...r, editing: true }));
    case 'hold':
      return mapRow(state, action.rowId, (r) => (r.held ? r : { ...r, held: true }));
    case 'cancel-edit':
      return mapRow(state, action.rowId, (r) => (r.saved ? savedRow(r.saved, unit, kindFor(r.exerciseId)) : r));
    case 'saving':
      return mapRow(state, action.rowId, (r) => ({ ...r, status: 'saving', loggedAt: r.loggedAt ?? action.loggedAt }));
    case 'saved': {
      const block = state.blocks.find((b) => b.rows.some((r) => r.id === action.rowId));
      if (!block) return state;
      const index = block.rows.findIndex((r) => r.id === action.rowId);
      const before = block.rows[index] as SetRow;
      const rows = block.rows.map((r, i) => (i === index ? savedRow(action.set, unit, kindFor(block.exerciseId)) : r));
      const next = before.saved === null ? carryForward({ ...block, rows }, index, before, action.set, unitsFor(block.exerciseId)) : { ...block, rows };
      return { ...state, blocks: state.blocks.map((b) => (b === block ? next : b)) };
    }
    case 'failed':
      // Same row, same id: the retry button sends the same PUT again.
      return mapRow(state, action.rowId, (r) => ({ ...r, status: 'failed' }));
    case 'remove':
      return { ...state, blocks: state.blocks.map((b) => ({ ...b, rows: b.rows.filter((r) => r.id !== action.rowId) })) };
    case 'add-set':
      return mapBlock(state, action.exerciseId, (b) => {
        const previous = [...b.rows].reverse().find((r) => !isWarmup(r.setType));
        const fill = previous
          ? { weight: previous.weight, reps: previous.reps, duration: previous.duration, distance: previous.distance, baseWeightKg: previous.weight === previous.baseWeightText ? previous.baseWeightKg : null, baseWeightText: previous.weight === previous.baseWeightText ? previous.baseWeightText : '' }
          : {};
        const position = b.rows.filter((r) => !isWarmup(r.setType)).length;
        return { ...b, rows: [...b.rows, draftRow(b.exerciseId, b.exerciseName, unitsFor(b.exerciseId), prefillAt(b, position, 'working'), fill)] };
      });
    case 'add-warmup':
      return mapBlock(state, action.exerciseId, (b) => {
        // Warm-ups go after the ones already there and before the first working set.
        const firstWorking = b.rows.findIndex((r) => !isWarmup(r.setType));
        const at = firstWorking === -1 ? b.rows.length : firstWorking;
        const position = b.rows.slice(0, at).filter((r) => isWarmup(r.setType)).length;
        const row = draftRow(b.exerciseId, b.exerciseName, unitsFor(b.exerciseId), prefillAt(b, position, 'warmup'), { setType: 'warmup' });
        return { ...b, rows: [...b.rows.slice(0, at), row, ...b.rows.slice(at)] };
      });
    case 'warmups':
      return mapBlock(state, action.exerciseId, (b) => ({
        ...b,
        rows: [...action.sets.map((set) => savedRow(set, unit, kindFor(b.exerciseId))), ...b.rows.filter((r) => !isWarmup(r.setType))],
      }));
    case 'add-exercises':
      return action.exercises.reduce<LogState>((current, added) => {
        if (current.blocks.some((b) => b.exerciseId === added.exerciseId)) return logReducer(current, { type: 'add-set', exerciseId: added.exerciseId });
        const kinds = added.kind ? { ...current.kinds, [added.exerciseId]: added.kind } : current.kinds;
        const block = { ...newBlock(added.exerciseId, added.exerciseName), previous: added.previous };
        block.rows = [draftRow(added.exerciseId, added.exerciseName, { unit, step: state.step, kind: kindOf({ kinds }, added.exerciseId) }, prefillAt(block, 0, 'working'))];
        return { ...current, kinds, blocks: [...current.blocks, block] };
      }, state);
    case 'move-exercise': {
      const index = state.blocks.findIndex((b) => b.exerciseId === action.exerciseId);
      return regroup({ ...state, blocks: moveItem(state.blocks, index, action.delta) });
    }
    case 'group-with-next': {
      const index = state.blocks.findIndex((b) => b.exerciseId === action.exerciseId);
      return regroup(state, groupWithNext(blockGroups(state), index));
    }
    case 'ungroup': {
      const index = state.blocks.findIndex((b) => b.exerciseId === action.exerciseId);
      return regroup(state, ungroup(blockGroups(state), index));
    }
    case 'move-set': {
      const block = state.blocks.find((b) => b.rows.some((r) => r.id === action.rowId));
      if (!block) return state;
      // Logged sets stay in the order they were done; only the sets still to do change places, among themselves.
      const firstOpen = block.rows.findIndex((r) => r.saved === null);
      const index = block.rows.findIndex((r) => r.id === action.rowId);
      if (firstOpen === -1 || index < firstOpen) return state;
      const open = moveItem(block.rows.slice(firstOpen), index - firstOpen, action.delta);
      return mapBlock(state, block.exerciseId, (b) => ({ ...b, rows: [...b.rows.slice(0, firstOpen), ...open] }));
    }
    case 'previous':
      return mapBlock(state, action.exerciseId, (b) => {
        const block = { ...b, previous: action.sets };
        // Sets the lifter has not touched take last time's numbers at their own position.
        block.rows = b.rows.map((row, i) => {
          if (!isOpenDraft(row) || row.held) return row;
          const fill = prefillAt(block, positionOf(b.rows, i, row.setType), row.setType);
          return fill.weightKg === null && fill.reps === null ? row : { ...row, ...fillValues(fill, unitsFor(b.exerciseId)) };
        });
        return block;
      });
  }
}

/** The PUT body for a row, or a message saying what to fix: the fields its exercise's kind measures, and no others. */
export function setRequest(row: SetRow, unit: WeightUnit, kind: ExerciseKind, now = new Date().toISOString()): KindPutSetRequest | string {
  const values = kindValuesRequest(row, unit, kind);
  if (typeof values === 'string') return values;
  return {
    exerciseId: row.exerciseId,
    ...values,
    rpe: row.rpe ? Number(row.rpe) : null,
    setType: row.setType,
    notes: row.notes.trim() || null,
    completedAt: row.saved?.completedAt ?? row.loggedAt ?? now,
  };
}

/** Whether a set still to do can move up (-1) or down (+1) among the exercise's other sets still to do. */
export function canMoveSet(state: LogState, rowId: string, delta: -1 | 1): boolean {
  const rows = state.blocks.find((b) => b.rows.some((r) => r.id === rowId))?.rows ?? [];
  const index = rows.findIndex((r) => r.id === rowId);
  const neighbour = rows[index + delta];
  return rows[index]?.saved === null && neighbour !== undefined && neighbour.saved === null;
}

/** New sets that are not on the server yet (a failed or interrupted PUT). */
export function unsavedRows(state: LogState): SetRow[] {
  return state.blocks.flatMap((b) => b.rows).filter((r) => r.saved === null && (r.status === 'failed' || r.status === 'saving'));
}

/** Sets planned or added but not logged yet. */
export function unloggedRows(state: LogState): SetRow[] {
  return state.blocks.flatMap((b) => b.rows).filter((r) => r.status === 'draft');
}

/** The part of the log the server does not have yet, for localStorage. */
export function localLog(state: LogState): LocalLog {
  return {
    blocks: state.blocks.map((b) => ({
      exerciseId: b.exerciseId,
      exerciseName: b.exerciseName,
      rows: b.rows.filter((r) => r.saved === null),
      group: b.group ?? null,
    })),
  };
}

/**
 * The unlogged set after `rowId` (same exercise first, then the next exercises), to move on to after ✓. In a superset
 * or circuit it is the next member's set of the round instead, and the first member's after the last member's.
 */
export function nextOpenRow(state: LogState, rowId: string | null): SetRow | null {
  const rows = state.blocks.flatMap((b) => b.rows);
  const from = rowId === null ? -1 : rows.findIndex((r) => r.id === rowId);
  const plain = rows.slice(from + 1).find((r) => r.status === 'draft' && r.id !== rowId) ?? rows.find((r) => r.status === 'draft' && r.id !== rowId) ?? null;
  const row = rowId === null ? plain : rows[from];
  const inRound = row && row.setType !== 'warmup' ? nextInGroup(state, row.exerciseId, rowId) : null;
  return inRound ?? plain;
}

/** The members of the exercise's group, counting `loggingId` (a set being logged now) as done; null when on its own. */
function groupMembers(state: LogState, exerciseId: string, loggingId: string | null): GroupMember[] | null {
  const group = state.blocks.find((b) => b.exerciseId === exerciseId)?.group ?? null;
  if (group === null) return null;
  return state.blocks
    .filter((b) => b.group === group)
    .map((b) => {
      const working = b.rows.filter((r) => r.setType !== 'warmup');
      const open = working.filter((r) => r.status === 'draft' && r.id !== loggingId);
      return { exerciseId: b.exerciseId, done: working.length - open.length, open: open.length > 0 };
    });
}

function nextInGroup(state: LogState, exerciseId: string, loggingId: string | null): SetRow | null {
  const members = groupMembers(state, exerciseId, loggingId);
  const next = members && nextMember(members);
  const block = next ? state.blocks.find((b) => b.exerciseId === next.exerciseId) : undefined;
  return block?.rows.find((r) => r.status === 'draft' && r.setType !== 'warmup' && r.id !== loggingId) ?? null;
}

/** Whether logging `rowId` now ends a rest-worthy stretch: any set on its own, and in a group only the round's last. */
export function restsAfterLogging(state: LogState, rowId: string): boolean {
  const row = state.blocks.flatMap((b) => b.rows).find((r) => r.id === rowId);
  if (!row || row.setType === 'warmup') return true;
  const members = groupMembers(state, row.exerciseId, rowId);
  return members === null || restsAfter(members, row.exerciseId);
}
