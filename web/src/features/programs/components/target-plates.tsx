import { useCallback, useState } from 'react';
import { PlateSheet } from '../../../components/plate-sheet';
import type { WeightUnit } from '../../../lib/api/types';

/** "Plates" beside a template's target weight: the plate calculator for it; a nearest loadable weight fills the target. */
export function TargetPlates({
  exerciseId,
  exerciseName,
  unit,
  weight,
  onWeight,
}: {
  exerciseId: string;
  exerciseName: string;
  unit: WeightUnit;
  weight: string;
  onWeight: (weight: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const value = Number(weight) || 0;
  return (
    <>
      <button
        type="button"
        className="button button--ghost button--small"
        aria-haspopup="dialog"
        aria-label={`Plates for the target of ${exerciseName}`}
        disabled={value <= 0}
        onClick={() => setOpen(true)}
      >
        Plates
      </button>
      {open && (
        <PlateSheet exerciseId={exerciseId} exerciseName={exerciseName} unit={unit} weight={value} onPick={(picked) => onWeight(String(picked))} onClose={close} />
      )}
    </>
  );
}
