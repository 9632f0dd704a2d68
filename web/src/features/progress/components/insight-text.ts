// Plain words for trends, plateaus and correlations. Correlations say what moved together, never that
// one thing caused another.
import type { Correlation, DailyMetricName, Plateau, Trend, WeightUnit } from '../../../lib/api/types';
import { formatWeight, fromKg } from '../../../lib/units';

const METRIC_WORDS: Record<DailyMetricName, string> = {
  bodyWeightKg: 'a higher body weight',
  bodyFatPercent: 'a higher body fat',
  sleepHours: 'more sleep',
  sleepQuality: 'better sleep quality',
  energy: 'more energy',
};

export const METRIC_LABELS: Record<DailyMetricName, string> = {
  bodyWeightKg: 'Body weight',
  bodyFatPercent: 'Body fat',
  sleepHours: 'Sleep hours',
  sleepQuality: 'Sleep quality',
  energy: 'Energy',
};

const DEGREE: Record<Correlation['strength'], string> = { weak: 'slightly', moderate: 'somewhat', strong: 'clearly' };

const two = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const pFormat = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 2 });

/** "0.41", "−0.12". */
export function formatCoefficient(value: number): string {
  return two.format(value).replace('-', '−');
}

/** "0.047", "< 0.001". */
export function pValueText(p: number): string {
  return p < 0.001 ? '< 0.001' : pFormat.format(p);
}

/** "p = 0.047", "p < 0.001". */
export function formatP(p: number): string {
  return p < 0.001 ? `p ${pValueText(p)}` : `p = ${pValueText(p)}`;
}

/** "On days with more sleep your lifts were somewhat stronger (moderate, n = 24)." */
export function correlationSentence(c: Correlation): string {
  const direction = c.pearsonR >= 0 ? 'stronger' : 'weaker';
  return `On days with ${METRIC_WORDS[c.metric]} your lifts were ${DEGREE[c.strength]} ${direction} (${c.strength}, n = ${c.n}).`;
}

export const NOT_CAUSATION = 'This shows they move together, not that one causes the other.';

/** A hint when the link could well be chance. */
export function chanceNote(c: Correlation): string | null {
  return c.pValue >= 0.05 ? `With ${formatP(c.pValue)} this could also be chance.` : null;
}

/** "+1.5", "−0.5": kilograms a week in the user's unit, signed. */
export function formatSignedRate(kgPerWeek: number, unit: WeightUnit): string {
  const value = fromKg(Math.abs(kgPerWeek), unit);
  const sign = kgPerWeek > 0 ? '+' : kgPerWeek < 0 ? '−' : '';
  return `${sign}${value.toLocaleString(undefined, { maximumFractionDigits: 2 })}`;
}

/** "+1.5 kg/week", "−0.5 lb/week". */
export function formatRate(kgPerWeek: number, unit: WeightUnit): string {
  return `${formatSignedRate(kgPerWeek, unit)} ${unit}/week`;
}

/** "getting stronger" when the whole 95 % interval is above zero, "getting weaker" below, else "no clear change". */
export function trendVerdict(trend: Trend): string {
  if (trend.ciLowKgPerWeek > 0) return 'getting stronger';
  if (trend.ciHighKgPerWeek < 0) return 'getting weaker';
  return 'no clear change';
}

/** "Squat: getting stronger, +1.5 kg/week e1RM over 8 weeks (95 % CI +0.5 to +2.5, n = 9)." */
export function trendSentence(name: string, trend: Trend, unit: WeightUnit): string {
  return `${name}: ${trendVerdict(trend)}, ${formatRate(trend.slopeKgPerWeek, unit)} e1RM over ${trend.windowWeeks} weeks (95 % CI ${formatSignedRate(trend.ciLowKgPerWeek, unit)} to ${formatSignedRate(trend.ciHighKgPerWeek, unit)}, n = ${trend.n}).`;
}

/** "Bench Press may have stalled: …". */
export function plateauSentence(name: string, plateau: Plateau, unit: WeightUnit): string {
  return `${name} may have stalled: your best e1RM of the last 3 weeks (${formatWeight(plateau.recentBestE1rmKg, unit)}) is less than 2 % above the 3 weeks before (${formatWeight(plateau.previousBestE1rmKg, unit)}).`;
}

/** The trend of each exercise over its longest window, for the dashboard's notes. */
export function longestTrends(trends: readonly Trend[]): Trend[] {
  const byExercise = new Map<string, Trend>();
  for (const trend of trends) {
    const current = byExercise.get(trend.exerciseId);
    if (!current || trend.windowWeeks > current.windowWeeks) byExercise.set(trend.exerciseId, trend);
  }
  return [...byExercise.values()];
}
