// The two value inputs of a set's row, by what the exercise measures: weight and reps, a load and a time
// (a weighted plank), a distance and a time (a run), or a load and a distance (a carry).
import type { WeightUnit } from '../../../lib/api/types';
import { distanceUnit, setFields, type ExerciseKind, type SetField } from '../../../lib/exercise-kinds';
import { maxWeight } from '../../../lib/units';
import type { SetRow } from './workout-log-state';

export type KindChange = Partial<Pick<SetRow, 'weight' | 'reps' | 'duration' | 'distance'>>;

/** The column heading of each value column: "kg", "Reps", "Time", "m". */
export function columnHeadings(kind: ExerciseKind, unit: WeightUnit): [string, string] {
  const [first, second] = setFields(kind);
  return [heading(first, kind, unit), heading(second, kind, unit)];
}

function heading(field: SetField, kind: ExerciseKind, unit: WeightUnit): string {
  switch (field) {
    case 'reps':
      return 'Reps';
    case 'duration':
      return 'Time';
    case 'distance':
      return distanceUnit(kind, unit);
    default:
      return unit;
  }
}

/** A time column needs room for "1:30"; rows of such kinds use the wider grid. */
export function wideSecondColumn(kind: ExerciseKind): boolean {
  return setFields(kind)[1] !== 'reps';
}

export function SetKindInputs({
  kind,
  row,
  unit,
  onChange,
  onFocus,
}: {
  kind: ExerciseKind;
  row: SetRow;
  unit: WeightUnit;
  onChange: (changes: KindChange) => void;
  onFocus: () => void;
}) {
  return (
    <>
      {setFields(kind).map((field) => (
        <FieldInput key={field} field={field} kind={kind} row={row} unit={unit} onChange={onChange} onFocus={onFocus} />
      ))}
    </>
  );
}

function FieldInput({ field, kind, row, unit, onChange, onFocus }: { field: SetField; kind: ExerciseKind; row: SetRow; unit: WeightUnit; onChange: (changes: KindChange) => void; onFocus: () => void }) {
  switch (field) {
    case 'reps':
      return (
        <input
          className="set-row__input"
          type="number"
          inputMode="numeric"
          step={1}
          min={0}
          max={1000}
          aria-label="Reps"
          onFocus={onFocus}
          placeholder="reps"
          value={row.reps}
          onChange={(e) => onChange({ reps: e.target.value })}
        />
      );
    case 'duration':
      return (
        <input
          className="set-row__input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          aria-label="Time (m:ss)"
          onFocus={onFocus}
          placeholder="m:ss"
          value={row.duration ?? ''}
          onChange={(e) => onChange({ duration: e.target.value })}
        />
      );
    case 'distance': {
      const shown = distanceUnit(kind, unit);
      return (
        <input
          className="set-row__input"
          type="number"
          inputMode="decimal"
          step="any"
          min={0}
          aria-label={`Distance (${shown})`}
          onFocus={onFocus}
          placeholder={shown}
          value={row.distance ?? ''}
          onChange={(e) => onChange({ distance: e.target.value })}
        />
      );
    }
    default: {
      // A bodyweight set's load is optional and may be negative (assistance); a timed hold's load is optional.
      const optional = kind === 'bodyweight_reps' || kind === 'time';
      return (
        <input
          className="set-row__input"
          type="number"
          inputMode="decimal"
          step="any"
          min={kind === 'bodyweight_reps' ? undefined : 0}
          max={maxWeight(unit)}
          aria-label={kind === 'time' ? `Added weight (${unit})` : `Weight (${unit})`}
          title={kind === 'bodyweight_reps' ? 'Added load; negative when assisted' : undefined}
          onFocus={onFocus}
          placeholder={kind === 'bodyweight_reps' ? 'BW' : optional ? `+${unit}` : unit}
          value={row.weight}
          onChange={(e) => onChange({ weight: e.target.value })}
        />
      );
    }
  }
}
