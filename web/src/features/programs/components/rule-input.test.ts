import { describe, expect, it } from 'vitest';
import { ruleFieldsFrom, ruleInput, type RuleFields } from './rule-input';

const fields = (changes: Partial<RuleFields>): RuleFields => ({ ...ruleFieldsFrom(null, 'kg'), ...changes });

describe('ruleInput', () => {
  it('sends no rule when none is chosen', () => {
    expect(ruleInput(fields({}), 'kg', 5, 5)).toEqual({ progression: null, incrementKg: null, trainingMaxKg: null, cycleWeek: null, targetReps: null });
  });

  it('converts a five-pound increment to kilograms', () => {
    const input = ruleInput({ ...ruleFieldsFrom(null, 'lb'), progression: 'linear' }, 'lb', 5, 5);
    expect(input).toMatchObject({ progression: 'linear', trainingMaxKg: null });
    expect(typeof input !== 'string' && input.incrementKg).toBeCloseTo(2.26796185, 8);
  });

  it('keeps double progression’s rep goal inside a narrowed range', () => {
    expect(ruleInput(fields({ progression: 'double', targetReps: 12 }), 'kg', 8, 10)).toMatchObject({ targetReps: 10 });
  });

  it('needs a training max for the percentage scheme and sends its week', () => {
    expect(ruleInput(fields({ progression: 'training_max' }), 'kg', 5, 5)).toBe('give the training max.');
    expect(ruleInput(fields({ progression: 'training_max', trainingMax: '100', cycleWeek: '3' }), 'kg', 5, 5)).toEqual({
      progression: 'training_max', incrementKg: 2.5, trainingMaxKg: 100, cycleWeek: 3, targetReps: null,
    });
  });

  it('refuses an increment of nothing', () => {
    expect(ruleInput(fields({ progression: 'linear', increment: '0' }), 'kg', 5, 5)).toMatch(/increment/);
  });

  it('reads a saved rule back in the user’s unit', () => {
    const saved = ruleFieldsFrom(
      { progression: 'training_max', incrementKg: 2.26796185, trainingMaxKg: 102.05828325, cycleWeek: 2, targetReps: null } as never,
      'lb',
    );
    expect(saved).toMatchObject({ progression: 'training_max', increment: '5', trainingMax: '225', cycleWeek: '2' });
  });
});
