import type { components } from '../../../lib/api/schema';

/** A template as the API returns it, with each exercise's progression rule and its state. */
export type TemplateWithRules = components['schemas']['TemplateResponse'];
export type TemplateExerciseWithRule = components['schemas']['TemplateExerciseResponse'];
/** One planned exercise as the editor sends it, rule included. */
export type TemplateExerciseRequest = components['schemas']['TemplateExerciseRequest'];

export type ProgressionRule = 'linear' | 'double' | 'training_max';

export const PROGRESSION_RULES: { value: ProgressionRule; label: string }[] = [
  { value: 'linear', label: 'Linear: add weight when every set hits the top' },
  { value: 'double', label: 'Double: add reps up to the top, then weight' },
  { value: 'training_max', label: '% of training max (5/3/1 weeks, AMRAP)' },
];

export function isProgressionRule(value: string): value is ProgressionRule {
  return PROGRESSION_RULES.some((r) => r.value === value);
}
