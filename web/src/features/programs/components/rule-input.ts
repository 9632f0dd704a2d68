import type { WeightUnit } from '../../../lib/api/types';
import { displayWeight, toKg } from '../../../lib/units';
import { isProgressionRule, type TemplateExerciseRequest, type TemplateExerciseWithRule } from '../api/progression';

/** The progression part of a template row, as typed into the editor (weights in the user's unit). */
export interface RuleFields {
  progression: string;
  increment: string;
  trainingMax: string;
  cycleWeek: string;
  /** Double progression's rep goal, kept as the server left it. */
  targetReps: number | null;
}

type RulePart = Pick<TemplateExerciseRequest, 'progression' | 'incrementKg' | 'trainingMaxKg' | 'cycleWeek' | 'targetReps'>;

/** The largest step a rule may add, as the API allows (kg). */
const MAX_INCREMENT_KG = 50;

export function ruleFieldsFrom(e: TemplateExerciseWithRule | null, unit: WeightUnit): RuleFields {
  const weight = (kg: number | null) => (kg === null ? '' : String(displayWeight(kg, unit)));
  return {
    progression: e?.progression ?? '',
    increment: e?.incrementKg != null ? weight(e.incrementKg) : unit === 'lb' ? '5' : '2.5',
    trainingMax: weight(e?.trainingMaxKg ?? null),
    cycleWeek: String(e?.cycleWeek ?? 1),
    targetReps: e?.targetReps ?? null,
  };
}

/** The rule as the API takes it, or what is wrong with it. `repsMin`/`repsMax` bound double progression's rep goal. */
export function ruleInput(fields: RuleFields, unit: WeightUnit, repsMin: number, repsMax: number): RulePart | string {
  if (!fields.progression) return { progression: null, incrementKg: null, trainingMaxKg: null, cycleWeek: null, targetReps: null };
  if (!isProgressionRule(fields.progression)) return 'choose a progression rule.';
  const increment = Number(fields.increment);
  const incrementKg = toKg(increment, unit);
  if (fields.increment.trim() === '' || !Number.isFinite(increment) || incrementKg <= 0 || incrementKg > MAX_INCREMENT_KG + 1e-9)
    return `the increment must be above 0 and at most ${unit === 'lb' ? '110 lb' : '50 kg'}.`;
  if (fields.progression !== 'training_max') {
    const goal = fields.progression === 'double' && fields.targetReps !== null ? Math.min(Math.max(fields.targetReps, repsMin), repsMax) : null;
    return { progression: fields.progression, incrementKg, trainingMaxKg: null, cycleWeek: null, targetReps: goal };
  }
  const trainingMax = Number(fields.trainingMax);
  if (fields.trainingMax.trim() === '' || !Number.isFinite(trainingMax) || trainingMax <= 0) return 'give the training max.';
  return { progression: fields.progression, incrementKg, trainingMaxKg: toKg(trainingMax, unit), cycleWeek: Number(fields.cycleWeek) || 1, targetReps: null };
}
