import type { components } from '../../../lib/api/schema';

/** A template as the API returns it, with each exercise's progression rule and its state. */
export type TemplateWithRules = components['schemas']['TemplateResponse'];
export type TemplateExerciseWithRule = components['schemas']['TemplateExerciseResponse'];
/** One planned exercise as the editor sends it, rule included. */
export type TemplateExerciseRequest = components['schemas']['TemplateExerciseRequest'];

export type ProgressionRule = 'linear' | 'double' | 'training_max';

export const PROGRESSION_RULES: { value: ProgressionRule; label: string; hint: string }[] = [
  { value: 'linear', label: 'Linear', hint: 'Adds weight after a session where every set reached the top of the rep range.' },
  { value: 'double', label: 'Double progression', hint: 'Adds a rep a session up to the top of the range, then weight, and starts again at the bottom.' },
  {
    value: 'training_max',
    label: '% of training max (5/3/1)',
    hint: 'Three sets at 65/75/85, 70/80/90, 75/85/95 % of the training max, then a deload; the last set is AMRAP. The training max rises after each cycle.',
  },
];

export function isProgressionRule(value: string): value is ProgressionRule {
  return PROGRESSION_RULES.some((r) => r.value === value);
}
