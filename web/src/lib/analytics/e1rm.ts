// Estimated one-rep max of a set, by the account's formula (the server computes the same for records).
import type { E1rmFormula } from '../api/types';

/** RPE chart fraction of a 1RM for x = (10 − RPE) + (reps − 1), floored at 0.5. */
function rpeFraction(x: number): number {
  const percent = x <= 2.92 ? 0.347619 * x * x - 4.60714 * x + 99.9667 : -2.64249 * x + 97.0955;
  return Math.max(0.5, percent / 100);
}

/** Kilograms, or null where the formula gives none (Brzycki above 12 reps, RPE without an RPE). */
export function e1rm(weightKg: number, reps: number, rpe: number | null, formula: E1rmFormula = 'epley'): number | null {
  if (reps < 1 || weightKg <= 0) return null;
  switch (formula) {
    case 'brzycki':
      return reps <= 12 ? (weightKg * 36) / (37 - reps) : null;
    case 'rpe':
      return rpe === null ? null : weightKg / rpeFraction(10 - rpe + (reps - 1));
    default:
      return reps === 1 ? weightKg : weightKg * (1 + reps / 30);
  }
}
