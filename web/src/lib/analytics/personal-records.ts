// Which records a set beats, as the live workout marks them while it is logged. A set is a PR when it
// beats every earlier counting set of that exercise: the records from before the workout and the sets
// logged before it in this workout. An exercise without records gets none: its first session sets baselines.
import type { E1rmFormula, ExerciseRecords, PersonalRecord, PrType, SetType, WeightUnit } from '../api/types';
import { formatVolume, formatWeight } from '../units';
import { e1rm } from './e1rm';

export interface LoggedSet {
  reps: number;
  weightKg: number;
  rpe: number | null;
  setType: SetType;
}

interface Bests {
  heaviest: number;
  e1rm: number;
  setVolume: number;
  repMax: Map<number, number>;
}

const MAX_REP_MAX = 12;

export const PR_LABELS: Record<PrType, string> = {
  heaviest: 'Heaviest weight',
  e1rm: 'Best e1RM',
  set_volume: 'Best set volume',
  rep_max: 'Rep max',
};

/** "heaviest weight, best e1RM and rep max": the records a set beat, in a sentence. */
export function prList(types: readonly PrType[]): string {
  const words = types.map((t) => PR_LABELS[t].charAt(0).toLowerCase() + PR_LABELS[t].slice(1));
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? '');
}

/** Records grouped by the set that beat them, newest set first. */
export function groupBySet(items: readonly PersonalRecord[]): [PersonalRecord, ...PersonalRecord[]][] {
  const groups = new Map<string, [PersonalRecord, ...PersonalRecord[]]>();
  for (const pr of items) {
    const group = groups.get(pr.setId);
    if (group) group.push(pr);
    else groups.set(pr.setId, [pr]);
  }
  return [...groups.values()].sort((a, b) => b[0].achievedAt.localeCompare(a[0].achievedAt));
}

/** A record's value in the user's unit: "102.5 kg", or "1,000 kg" of volume. */
export function formatPrValue(type: PrType, value: number, unit: WeightUnit): string {
  return type === 'set_volume' ? formatVolume(value, unit) : formatWeight(value, unit);
}

/** "Heaviest weight: 102.5 kg, up from 100 kg", "5-rep max: 100 kg, up from 97.5 kg". */
export function describePr(pr: Pick<PersonalRecord, 'type' | 'value' | 'previous' | 'reps'>, unit: WeightUnit): string {
  const label = pr.type === 'rep_max' && pr.reps ? `${pr.reps}-rep max` : PR_LABELS[pr.type];
  const now = `${label}: ${formatPrValue(pr.type, pr.value, unit)}`;
  return pr.previous === null ? now : `${now}, up from ${formatPrValue(pr.type, pr.previous, unit)}`;
}

function counts(set: LoggedSet): boolean {
  return set.setType !== 'warmup' && set.reps >= 1 && set.weightKg > 0;
}

function hasHistory(records: ExerciseRecords): boolean {
  return records.heaviestKg !== null || records.repMaxes.length > 0;
}

function bestsOf(records: ExerciseRecords): Bests {
  return {
    heaviest: records.heaviestKg?.value ?? 0,
    e1rm: records.bestE1rmKg?.value ?? 0,
    setVolume: records.bestSetVolumeKg?.value ?? 0,
    repMax: new Map(records.repMaxes.map((r) => [r.reps, r.weightKg])),
  };
}

// A type needs an earlier value to beat (a first 3-rep set is no 3-rep PR), and records travel rounded to
// 2 decimals: a set has to beat them by more than that rounding.
const beats = (value: number, best: number) => best > 0 && value > best + 0.005;

function beaten(set: LoggedSet, bests: Bests, formula: E1rmFormula): PrType[] {
  if (!counts(set)) return [];
  const types: PrType[] = [];
  if (beats(set.weightKg, bests.heaviest)) types.push('heaviest');
  const estimate = e1rm(set.weightKg, set.reps, set.rpe, formula);
  if (estimate !== null && beats(estimate, bests.e1rm)) types.push('e1rm');
  if (beats(set.weightKg * set.reps, bests.setVolume)) types.push('set_volume');
  if (set.reps <= MAX_REP_MAX && beats(set.weightKg, bests.repMax.get(set.reps) ?? 0)) types.push('rep_max');
  return types;
}

function absorb(set: LoggedSet, bests: Bests, formula: E1rmFormula): void {
  if (!counts(set)) return;
  bests.heaviest = Math.max(bests.heaviest, set.weightKg);
  bests.e1rm = Math.max(bests.e1rm, e1rm(set.weightKg, set.reps, set.rpe, formula) ?? 0);
  bests.setVolume = Math.max(bests.setVolume, set.weightKg * set.reps);
  if (set.reps <= MAX_REP_MAX) bests.repMax.set(set.reps, Math.max(bests.repMax.get(set.reps) ?? 0, set.weightKg));
}

/** For each set of one exercise, in the order logged, the records it beat (empty for most). */
export function prsOfSets(sets: readonly LoggedSet[], records: ExerciseRecords | undefined, formula: E1rmFormula): PrType[][] {
  if (!records || !hasHistory(records)) return sets.map(() => []);
  const bests = bestsOf(records);
  return sets.map((set) => {
    const types = beaten(set, bests, formula);
    absorb(set, bests, formula);
    return types;
  });
}
