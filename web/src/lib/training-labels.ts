// Human words for the API's snake_case training vocabulary.
import type { Equipment, Muscle, SetType } from './api/types';

export function muscleLabel(muscle: Muscle | string): string {
  const words = muscle.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const EQUIPMENT_LABELS: Record<Equipment, string> = {
  barbell: 'Barbell',
  dumbbell: 'Dumbbell',
  machine: 'Machine',
  cable: 'Cable',
  bodyweight: 'Bodyweight',
  kettlebell: 'Kettlebell',
  band: 'Band',
  smith_machine: 'Smith machine',
  ez_bar: 'EZ bar',
  trap_bar: 'Trap bar',
  other: 'Other',
};

export function equipmentLabel(equipment: Equipment | string): string {
  return EQUIPMENT_LABELS[equipment as Equipment] ?? muscleLabel(equipment);
}

export const SET_TYPES: { value: SetType; label: string }[] = [
  { value: 'working', label: 'Working' },
  { value: 'warmup', label: 'Warm-up' },
  { value: 'drop', label: 'Drop set' },
  { value: 'failure', label: 'To failure' },
];

export function setTypeLabel(type: SetType): string {
  return SET_TYPES.find((t) => t.value === type)?.label ?? type;
}

/** RPE 1–10 in steps of 0.5, as the API accepts. */
export const RPE_VALUES: number[] = Array.from({ length: 19 }, (_, i) => 1 + i / 2);

/** "1:30", "12:05". */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** "1 h 05 min", "42 min". */
export function formatDuration(totalSeconds: number): string {
  const minutes = Math.round(totalSeconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
