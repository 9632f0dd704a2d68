// The lifter's bars, plates and warm-up ramp (GET /equipment). Several features need them (the live workout's and
// the template editor's plate calculator, settings), so the query lives here; a copy is kept for offline use.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { OFFLINE_META, withOfflineCopy } from '../offline/offline-copies';
import type { WeightUnit } from '../api/types';
import { barForEquipment, barWeight, type Bar } from './bars';
import type { PlateCount } from './plate-math';

export type EquipmentSettings = components['schemas']['EquipmentResponse'];
export type PlateKit = components['schemas']['PlateKit'];
export type RampStep = components['schemas']['RampStep'];
export type UpdateEquipmentRequest = components['schemas']['UpdateEquipmentRequest'];

export const equipmentQueryKey = ['equipment'] as const;

export function getEquipment(signal?: AbortSignal): Promise<EquipmentSettings> {
  return api.get<EquipmentSettings>('/equipment', { signal });
}

export function equipmentQueryOptions() {
  return queryOptions({
    queryKey: equipmentQueryKey,
    queryFn: ({ signal }) => withOfflineCopy(equipmentQueryKey, () => getEquipment(signal)),
    meta: OFFLINE_META,
    networkMode: 'always',
    staleTime: 5 * 60 * 1000,
  });
}

export function useEquipment() {
  return useQuery(equipmentQueryOptions());
}

export interface BarSetup {
  bar: Bar;
  /** Whether the lifter chose this bar for the exercise (else its equipment suggested it). */
  chosen: boolean;
  /** In the unit's kit; null for no bar. */
  weight: number | null;
  plates: PlateCount[];
  /** The unit's bars and plates. */
  kit: PlateKit;
}

/** The bar and plates an exercise is loaded with, in the account's unit. */
export function barSetup(settings: EquipmentSettings, unit: WeightUnit, exerciseId: string, equipment: string | undefined): BarSetup {
  const kit = unit === 'lb' ? settings.lb : settings.kg;
  const choice = settings.exerciseBars.find((c) => c.exerciseId === exerciseId)?.bar as Bar | undefined;
  const bar = choice ?? barForEquipment(equipment);
  return { bar, chosen: choice !== undefined, weight: barWeight(bar, kit.bars), plates: kit.plates, kit };
}
