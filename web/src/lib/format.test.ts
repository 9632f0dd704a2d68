import { describe, expect, it } from 'vitest';
import { formatShortDay, formatShortDays } from './format';

describe('formatShortDays', () => {
  it('leaves the year out while every day falls in one year', () => {
    const days = ['2026-01-05', '2026-06-30', '2026-11-30'];
    expect(formatShortDays(days)).toEqual(days.map(formatShortDay));
    expect(formatShortDays(days).some((label) => label.includes('2026'))).toBe(false);
  });

  it('puts the year on every label once the days span more than one year, so no two read alike', () => {
    const labels = formatShortDays(['2024-11-30', '2025-11-30', '2026-11-30']);
    expect(labels[0]).toContain('2024');
    expect(labels[1]).toContain('2025');
    expect(labels[2]).toContain('2026');
    expect(new Set(labels).size).toBe(3);
  });

  it('keeps a value that is not a date as it is', () => {
    expect(formatShortDays(['2025-12-31', 'not a day'])).toEqual([expect.stringContaining('2025'), 'not a day']);
  });
});
