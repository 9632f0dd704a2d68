import type { components } from '../../../lib/api/schema';
import type { PlannedExercise, WeightUnit } from '../../../lib/api/types';
import { displayTarget } from '../../../lib/units';

type PlanItem = components['schemas']['PlanItemResponse'];
/** The progression part of a plan item; absent on plans cached before the rules existed. */
type PlanProgress = Partial<Pick<PlanItem, 'targetReps' | 'setWeightsKg' | 'setReps' | 'lastSetAmrap' | 'progressionReason'>>;

/**
 * The weight and reps a progression rule planned for the working set at `position` (a training-max week's own
 * percentage, double progression's rep goal), or null when no rule ran: then last time's sets lead the pre-fill.
 */
export function ruleTargetAt(plan: PlannedExercise | null, position: number): { weightKg: number | null; reps: number | null; target: true } | null {
  const progress = plan as (PlannedExercise & PlanProgress) | null;
  if (!progress?.progressionReason) return null;
  const weights = progress.setWeightsKg;
  const reps = progress.setReps;
  if (weights && reps && weights.length > 0) {
    const at = Math.min(position, weights.length - 1);
    return { weightKg: weights[at] ?? null, reps: reps[at] ?? null, target: true };
  }
  return { weightKg: progress.targetWeightKg, reps: progress.targetReps ?? progress.repsMax, target: true };
}

/** "60/70/80 kg × 5/5/5+" for a plan whose sets differ, else null. */
export function describeSets(plan: PlanProgress, unit: WeightUnit, step: number): string | null {
  const weights = plan.setWeightsKg;
  const reps = plan.setReps;
  if (!weights || !reps || weights.length === 0) return null;
  const shown = weights.map((kg) => displayTarget(kg, unit, step)).join('/');
  return `${shown} ${unit} × ${reps.join('/')}${plan.lastSetAmrap ? '+' : ''}`;
}

/** The rep goal and the per-set targets a progression rule set, and why ("+2.5 kg: all sets hit 8"). */
export function PlanProgression({ plan, unit, step }: { plan: PlannedExercise; unit: WeightUnit; step: number }) {
  const progress = plan as PlannedExercise & PlanProgress;
  const sets = describeSets(progress, unit, step);
  if (!progress.progressionReason && !sets && progress.targetReps == null) return null;
  return (
    <span className="plan-progression">
      {sets ? <span className="plan-progression__sets">{sets}</span> : progress.targetReps != null && <span>Goal: {progress.targetReps} reps a set</span>}
      {progress.progressionReason && <span className="plan-progression__reason">{progress.progressionReason}</span>}
    </span>
  );
}
