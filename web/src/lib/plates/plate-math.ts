// Which plates go on each side of a bar, and the nearest loadable weights when a weight cannot be made. The server has
// the same rules (Training/Equipment/PlateMath.cs, used for warm-up ramps); tests/fixtures/plates.json keeps both honest.
// It runs here too so the calculator answers at once and offline.

export interface PlateCount {
  weight: number;
  /** Plates of this size owned in all: each side gets half. */
  count: number;
}

export interface PlateLoadOption {
  total: number;
  /** One side's plates, heaviest first. */
  perSide: number[];
}

export type PlateLoadKind = 'no_bar' | 'below_bar' | 'exact' | 'inexact';

export interface PlateLoad {
  kind: PlateLoadKind;
  /** One side's plates when the weight loads exactly, else empty. */
  perSide: number[];
  below: PlateLoadOption | null;
  above: PlateLoadOption | null;
}

/** Weights are reckoned in hundredths of the unit, so 1.25 and 2.5 add up without floating-point drift. */
const SCALE = 100;

interface Size {
  /** Twice the plate's weight in hundredths: one on each side. */
  load: number;
  perSide: number;
}

function toUnits(weight: number): number {
  // Away from zero at .5, as the server rounds.
  return Math.sign(weight) * Math.round(Math.abs(weight) * SCALE);
}

function fromUnits(units: number): number {
  return units / SCALE;
}

function sizesOf(plates: readonly PlateCount[]): Size[] {
  const bySize = new Map<number, number>();
  for (const plate of plates) {
    if (plate.count < 2 || plate.weight <= 0) continue;
    const units = toUnits(plate.weight);
    bySize.set(units, (bySize.get(units) ?? 0) + plate.count);
  }
  return [...bySize]
    .map(([units, count]) => ({ load: 2 * units, perSide: Math.floor(count / 2) }))
    .sort((a, b) => b.load - a.load);
}

function reachableLoads(sizes: readonly Size[], ceiling: number): Uint8Array {
  const reachable = new Uint8Array(ceiling + 1);
  reachable[0] = 1;
  for (const { load, perSide } of sizes) {
    for (let k = 0; k < perSide; k++) {
      for (let l = ceiling; l >= load; l--) {
        if (reachable[l - load]) reachable[l] = 1;
      }
    }
  }
  return reachable;
}

/** As many of the heaviest plates as still allow the rest to be made: the combination a lifter would reach for. */
function perSideFor(sizes: readonly Size[], load: number): number[] {
  const failed = new Set<string>();
  const chosen: number[] = [];
  const fill = (index: number, remaining: number): boolean => {
    if (remaining === 0) return true;
    if (index === sizes.length || failed.has(`${index}:${remaining}`)) return false;
    const size = sizes[index] as Size;
    for (let k = Math.min(size.perSide, Math.floor(remaining / size.load)); k >= 0; k--) {
      for (let i = 0; i < k; i++) chosen.push(fromUnits(size.load / 2));
      if (fill(index + 1, remaining - k * size.load)) return true;
      chosen.splice(chosen.length - k, k);
    }
    failed.add(`${index}:${remaining}`);
    return false;
  };
  if (!fill(0, load)) throw new Error('The load was reachable but no plates were found.');
  return chosen;
}

/** The plates for `target` on a bar of `bar` (null: the exercise has no bar), all in one unit. */
export function plateLoad(target: number, bar: number | null, plates: readonly PlateCount[]): PlateLoad {
  if (bar === null) return { kind: 'no_bar', perSide: [], below: null, above: null };
  const barUnits = toUnits(bar);
  const targetUnits = toUnits(target);
  if (targetUnits < barUnits) return { kind: 'below_bar', perSide: [], below: null, above: { total: bar, perSide: [] } };
  const sizes = sizesOf(plates);
  const load = targetUnits - barUnits;
  const ceiling = load + (sizes[0]?.load ?? 0);
  const reachable = reachableLoads(sizes, ceiling);
  if (reachable[load]) return { kind: 'exact', perSide: perSideFor(sizes, load), below: null, above: null };
  const option = (l: number): PlateLoadOption => ({ total: fromUnits(barUnits + l), perSide: perSideFor(sizes, l) });
  let below = load - 1;
  while (!reachable[below]) below--;
  let above: number | null = null;
  for (let l = load + 1; l <= ceiling; l++) {
    if (reachable[l]) {
      above = l;
      break;
    }
  }
  return { kind: 'inexact', perSide: [], below: option(below), above: above === null ? null : option(above) };
}

const plateFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** "Per side: 25, 25, 10, 1.25 kg", "Per side: nothing (the bar alone)". */
export function describePerSide(perSide: readonly number[], unit: string): string {
  return perSide.length === 0 ? 'Per side: nothing (the bar alone)' : `Per side: ${perSide.map((p) => plateFormat.format(p)).join(', ')} ${unit}`;
}
