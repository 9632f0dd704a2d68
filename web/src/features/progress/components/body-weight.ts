import type { DailyMetrics } from '../../../lib/api/types';
import { addDays } from '../../../lib/format';

export interface WeightPoint {
  date: string;
  weightKg: number;
  /** The mean of the weights logged in the 7 days ending on this date (this one included). */
  averageKg: number;
}

/** Days with a body weight, oldest first, each with its trailing 7-day average. */
export function bodyWeightTrend(days: readonly DailyMetrics[]): WeightPoint[] {
  const weighed = days
    .flatMap((d) => (d.bodyWeightKg === null ? [] : [{ date: d.date, weightKg: d.bodyWeightKg }]))
    .sort((a, b) => a.date.localeCompare(b.date));
  return weighed.map((point) => {
    const since = addDays(point.date, -6);
    const window = weighed.filter((p) => p.date >= since && p.date <= point.date);
    return { ...point, averageKg: window.reduce((sum, p) => sum + p.weightKg, 0) / window.length };
  });
}
