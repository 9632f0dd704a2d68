import { describe, expect, it } from 'vitest';
import type { DailyMetrics } from '../../../lib/api/types';
import { bodyWeightTrend } from './body-weight';

const day = (date: string, bodyWeightKg: number | null): DailyMetrics => ({
  date,
  bodyWeightKg,
  bodyFatPercent: null,
  sleepHours: null,
  sleepQuality: null,
  energy: null,
  notes: null,
});

describe('bodyWeightTrend', () => {
  it('averages the weights of the 7 days ending on each day, skipping days without one', () => {
    const trend = bodyWeightTrend([day('2026-11-10', 82), day('2026-11-01', 80), day('2026-11-05', null), day('2026-11-07', 81)]);
    expect(trend.map((p) => [p.date, p.averageKg])).toEqual([
      ['2026-11-01', 80],
      ['2026-11-07', 80.5],
      ['2026-11-10', 81.5],
    ]);
  });
});
