import { describe, expect, it } from 'vitest';
import { e1rm } from './e1rm';

describe('e1rm', () => {
  it('uses Epley by default, with a single as its own weight', () => {
    expect(e1rm(100, 5, null)).toBeCloseTo(116.667, 3);
    expect(e1rm(100, 1, null)).toBe(100);
  });

  it('uses Brzycki up to 12 reps only', () => {
    expect(e1rm(100, 10, null, 'brzycki')).toBeCloseTo(133.333, 3);
    expect(e1rm(100, 13, null, 'brzycki')).toBeNull();
  });

  it('uses the RPE chart and needs an RPE', () => {
    // x = 0: fraction 0.999667
    expect(e1rm(100, 1, 10, 'rpe')).toBeCloseTo(100.033, 3);
    // x = 4: (−2.64249·4 + 97.0955)/100 = 0.865255
    expect(e1rm(100, 3, 8, 'rpe')).toBeCloseTo(115.573, 2);
    expect(e1rm(100, 3, null, 'rpe')).toBeNull();
  });

  it('has none for sets without load or reps', () => {
    expect(e1rm(0, 5, null)).toBeNull();
    expect(e1rm(100, 0, null)).toBeNull();
  });
});
