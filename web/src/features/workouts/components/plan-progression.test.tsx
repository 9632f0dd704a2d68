import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PlannedExercise } from '../../../lib/api/types';
import { describeSets, PlanProgression, ruleTargetAt } from './plan-progression';

const KG_PER_LB = 0.45359237;
const base = { exerciseId: 'e1', exerciseName: 'Squat', sets: 3, repsMin: 5, repsMax: 5, restSeconds: 180, targetRpe: null, targetWeightKg: 85, notes: null, last: null };

describe('describeSets', () => {
  it('lists each set of a training-max week with the AMRAP mark', () => {
    expect(describeSets({ setWeightsKg: [65, 75, 85], setReps: [5, 5, 5], lastSetAmrap: true }, 'kg', 2.5)).toBe('65/75/85 kg × 5/5/5+');
  });

  it('shows pound weights on the five-pound step', () => {
    expect(describeSets({ setWeightsKg: [145, 170, 190].map((lb) => lb * KG_PER_LB), setReps: [3, 3, 3], lastSetAmrap: false }, 'lb', 5)).toBe(
      '145/170/190 lb × 3/3/3',
    );
  });

  it('says nothing when every set is alike', () => {
    expect(describeSets({ setWeightsKg: null, setReps: null }, 'kg', 2.5)).toBeNull();
  });
});

describe('PlanProgression', () => {
  it('shows the reason the rule gave', () => {
    const plan = { ...base, progressionReason: '+2.5 kg: all sets hit 8' } as PlannedExercise;
    render(<PlanProgression plan={plan} unit="kg" step={2.5} />);
    expect(screen.getByText('+2.5 kg: all sets hit 8')).toBeInTheDocument();
  });

  it('renders nothing for a plan without a rule', () => {
    const { container } = render(<PlanProgression plan={base as PlannedExercise} unit="kg" step={2.5} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('ruleTargetAt', () => {
  it('pre-fills each set of a training-max week with its own weight and reps', () => {
    const plan = { ...base, setWeightsKg: [75, 85, 95], setReps: [5, 3, 1], lastSetAmrap: true, progressionReason: 'Week 3' } as PlannedExercise;
    expect(ruleTargetAt(plan, 1)).toEqual({ weightKg: 85, reps: 3, target: true });
  });

  it('pre-fills the raised weight at the top of the range after a linear step', () => {
    const plan = { ...base, targetWeightKg: 102.5, repsMin: 6, repsMax: 8, progressionReason: '+2.5 kg: all sets hit 8' } as PlannedExercise;
    expect(ruleTargetAt(plan, 0)).toEqual({ weightKg: 102.5, reps: 8, target: true });
  });

  it('leaves the pre-fill to last time when no rule ran', () => {
    expect(ruleTargetAt(base as PlannedExercise, 0)).toBeNull();
  });
});
