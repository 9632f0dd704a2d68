import { useCallback, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { PlateSheet } from '../../../components/plate-sheet';
import type { WeightUnit } from '../../../lib/api/types';
import { useEquipment } from '../../../lib/plates/get-equipment';
import { workoutQueryOptions } from '../api/get-workout';
import type { SetRow } from '../components/workout-log-state';

/** "Plates" under the set about to be logged: opens the plate calculator for its weight; a nearest weight fills the field. */
export function PlatesButton({
  workoutId,
  row,
  unit,
  onWeight,
}: {
  workoutId: string;
  row: SetRow;
  unit: WeightUnit;
  onWeight: (weight: string) => void;
}) {
  const [open, setOpen] = useState(false);
  // Read (and kept on the device) while the set is on screen, so the calculator opens at once, signal or not.
  useEquipment();
  const workout = useQuery({ ...workoutQueryOptions(workoutId), enabled: open });
  const equipment = workout.data?.exercises?.find((e) => e.exerciseId === row.exerciseId)?.equipment;
  const weight = Number(row.weight) || 0;
  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <button type="button" className="button button--ghost button--small plates-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Plates for {weight} {unit}
      </button>
      {open && (
        <PlateSheet
          exerciseId={row.exerciseId}
          exerciseName={row.exerciseName}
          equipment={equipment}
          unit={unit}
          weight={weight}
          onPick={(picked) => onWeight(String(picked))}
          onClose={close}
        />
      )}
    </>
  );
}
