import { describe, expect, it } from 'vitest';
import fixtureText from '../../../../tests/fixtures/plates.json?raw';
import { describePerSide, plateLoad, type PlateCount, type PlateLoad } from './plate-math';

// The same hand-computed cases the server's PlateMathTests read.
interface Fixture {
  plateSets: Record<string, PlateCount[]>;
  cases: { name: string; target: number; bar: number | null; plates: string; expected: PlateLoad }[];
}

const fixture = JSON.parse(fixtureText) as Fixture;

describe('plateLoad', () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, item) => {
    expect(plateLoad(item.target, item.bar, fixture.plateSets[item.plates] ?? [])).toEqual(item.expected);
  });

  it('reads every plate set the cases name', () => {
    expect(fixture.cases.every((c) => fixture.plateSets[c.plates] !== undefined)).toBe(true);
  });
});

describe('describePerSide', () => {
  it('reads one side as text in the unit', () => {
    expect(describePerSide([25, 25, 10, 1.25], 'kg')).toBe('Per side: 25, 25, 10, 1.25 kg');
  });

  it('says when the bar alone is the load', () => {
    expect(describePerSide([], 'lb')).toBe('Per side: nothing (the bar alone)');
  });
});
