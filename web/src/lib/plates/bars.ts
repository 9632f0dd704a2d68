// The bars the plate calculator knows, and which one an exercise uses: the lifter's choice for it, else the one its
// equipment suggests (the server decides the same way in Training/Equipment/Bars.cs).

export type Bar = 'barbell' | 'womens_bar' | 'trap_bar' | 'ez_bar' | 'none';

export const BARS: readonly { value: Bar; label: string }[] = [
  { value: 'barbell', label: 'Barbell' },
  { value: 'womens_bar', label: "Women's bar" },
  { value: 'trap_bar', label: 'Trap bar' },
  { value: 'ez_bar', label: 'EZ bar' },
  { value: 'none', label: 'No bar' },
];

export interface BarWeights {
  barbell: number;
  womensBar: number;
  trapBar: number;
  ezBar: number;
}

/** The bar an exercise's equipment suggests: dumbbells, machines, cables and bodyweight have none. */
export function barForEquipment(equipment: string | undefined): Bar {
  if (equipment === 'barbell' || equipment === 'trap_bar' || equipment === 'ez_bar') return equipment;
  return 'none';
}

/** The bar's weight in the kit's unit, or null for no bar. */
export function barWeight(bar: Bar, weights: BarWeights): number | null {
  switch (bar) {
    case 'barbell':
      return weights.barbell;
    case 'womens_bar':
      return weights.womensBar;
    case 'trap_bar':
      return weights.trapBar;
    case 'ez_bar':
      return weights.ezBar;
    case 'none':
      return null;
  }
}

export function barLabel(bar: Bar): string {
  return BARS.find((b) => b.value === bar)?.label ?? bar;
}
