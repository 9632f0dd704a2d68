// Numbers of the progress screens in the user's unit: what the charts draw and their tables list.
import type { ProgressMetric, WeightUnit } from '../../../lib/api/types';
import { displayWeight, fromKg } from '../../../lib/units';

const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

/** An axis tick: "102.5", "12.3K". */
export function formatAxis(value: number): string {
  return compact.format(value);
}

/** Volumes are whole numbers in the user's unit; weights as every other screen shows them. */
export function metricValue(metric: ProgressMetric, kg: number, unit: WeightUnit): number {
  return metric === 'volume' ? Math.round(fromKg(kg, unit)) : displayWeight(kg, unit);
}

/** A value already in the user's unit, with the unit: "102.5 kg". */
export function withUnit(value: number, unit: WeightUnit): string {
  return `${value.toLocaleString(undefined, { maximumFractionDigits: 1 })} ${unit}`;
}

export const METRICS: { value: ProgressMetric; label: string; title: string }[] = [
  { value: 'e1rm', label: 'e1RM', title: 'Estimated 1-rep max' },
  { value: 'topSet', label: 'Top set', title: 'Top set weight' },
  { value: 'volume', label: 'Volume', title: 'Session volume' },
];

export type Range = '3m' | '1y' | 'all';
export const RANGES: { value: Range; label: string; days: number | null }[] = [
  { value: '3m', label: '3 months', days: 91 },
  { value: '1y', label: '1 year', days: 365 },
  { value: 'all', label: 'All', days: null },
];

