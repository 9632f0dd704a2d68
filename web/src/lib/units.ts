// Weights travel in kilograms; people read and type them in their own unit.
import type { WeightUnit } from './api/types';

export const KG_PER_LB = 0.45359237;

/** Largest weight the API accepts (kg). */
export const MAX_WEIGHT_KG = 1500;

/** An entered value in the user's unit, converted to kilograms without rounding. */
export function toKg(value: number, unit: WeightUnit): number {
  return unit === 'lb' ? value * KG_PER_LB : value;
}

/** Kilograms in the user's unit, unrounded. */
export function fromKg(kg: number, unit: WeightUnit): number {
  return unit === 'lb' ? kg / KG_PER_LB : kg;
}

/**
 * Kilograms as the number shown to the user: kg to the nearest 0.5 (plates come in 1.25 kg pairs),
 * lb to one decimal. 225 lb stored as kg comes back as 225.
 */
export function displayWeight(kg: number, unit: WeightUnit): number {
  const value = fromKg(kg, unit);
  const rounded = unit === 'kg' ? Math.round(value * 2) / 2 : Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** "102.5 kg", "225 lb". */
export function formatWeight(kg: number, unit: WeightUnit): string {
  return `${numberFormat.format(displayWeight(kg, unit))} ${unit}`;
}

/** Total volume (Σ reps × weight) in the user's unit, whole numbers: "12,340 kg". */
export function formatVolume(kg: number, unit: WeightUnit): string {
  return `${Math.round(fromKg(kg, unit)).toLocaleString()} ${unit}`;
}

/** The stepper's increment: 2.5 kg or 5 lb. */
export function weightStep(unit: WeightUnit): number {
  return unit === 'lb' ? 5 : 2.5;
}

/** `value` rounded to the nearest multiple of `step` (a plate step), without float noise. */
export function roundToStep(value: number, step: number): number {
  return Math.round(Math.round(value / step) * step * 100) / 100;
}

/**
 * One step up or down from `value`, landing on a multiple of `step`: 176.4 + 5 gives 180, not 181.4,
 * so the steppers always come back to numbers that are on the bar.
 */
export function stepFrom(value: number, direction: 1 | -1, step: number): number {
  const units = value / step;
  const nearest = Math.round(units);
  const onStep = Math.abs(units - nearest) < 1e-6;
  const next = onStep ? nearest + direction : direction > 0 ? Math.ceil(units) : Math.floor(units);
  return Math.round(next * step * 100) / 100;
}

/** The account's plate step (kilograms) in its unit: 2.26796185 kg is 5 lb; without one, 2.5 kg or 5 lb. */
export function plateStep(unit: WeightUnit, plateStepKg?: number | null): number {
  return plateStepKg ? Math.round(fromKg(plateStepKg, unit) * 100) / 100 : weightStep(unit);
}

/** A target weight (kilograms) in the user's unit; converted to pounds it lands on the plate step: 80 kg reads 175 lb. */
export function displayTarget(kg: number, unit: WeightUnit, step = weightStep(unit)): number {
  return unit === 'kg' ? displayWeight(kg, unit) : roundToStep(fromKg(kg, unit), step);
}

/** The largest value an input in this unit may hold. */
export function maxWeight(unit: WeightUnit): number {
  return displayWeight(MAX_WEIGHT_KG, unit);
}
