import { describe, expect, it } from 'vitest';
import { groupLabels, groupWithNext, normalizeGroups, startsGroup, ungroup } from './exercise-groups';

describe('exercise groups', () => {
  it('numbers groups in list order and drops a run of one', () => {
    expect(normalizeGroups([7, 7, 3, 5, 5, 7, null])).toEqual([1, 1, null, 2, 2, null, null]);
  });

  it('pairs an exercise with the next one, then grows the pair into a circuit', () => {
    const pair = groupWithNext([null, null, null], 0);
    expect(pair).toEqual([1, 1, null]);
    expect(groupWithNext(pair, 1)).toEqual([1, 1, 1]);
  });

  it('joins two groups when the last of one is grouped with the first of the next', () => {
    expect(groupWithNext([1, 1, 2, 2], 1)).toEqual([1, 1, 1, 1]);
  });

  it('ungrouping one of a pair leaves both on their own, and the middle of a circuit splits it', () => {
    expect(ungroup([1, 1, null], 1)).toEqual([null, null, null]);
    expect(ungroup([1, 1, 1, 1, 1], 2)).toEqual([1, 1, null, 2, 2]);
  });

  it('labels two exercises a superset and three a circuit, lettered in order', () => {
    expect(groupLabels([1, 1, null, 2, 2, 2])).toEqual(['Superset A', 'Superset A', null, 'Circuit B', 'Circuit B', 'Circuit B']);
    expect([0, 1, 2, 3].map((i) => startsGroup([null, 1, 1, null], i))).toEqual([false, true, false, false]);
  });
});
