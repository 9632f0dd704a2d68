import { useId, useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../lib/api/api-error';
import { EQUIPMENT, MUSCLES, type CreateExerciseRequest, type Equipment, type Exercise, type Muscle } from '../lib/api/types';
import { EXERCISE_KINDS, kindLabel, kindOfExercise, type ExerciseKind } from '../lib/exercise-kinds';
import { equipmentLabel, muscleLabel } from '../lib/training-labels';
import { ErrorAlert } from './alert';

/**
 * Create or edit a custom exercise: name, primary and secondary muscles, equipment and what a set measures (its
 * kind). Used by the exercise browser and by the import preview (which creates exercises without secondary muscles
 * or a kind).
 */
export function ExerciseForm({
  initial,
  submitLabel,
  pending = false,
  error = null,
  withSecondary = true,
  withKind = true,
  onSubmit,
  onCancel,
}: {
  initial?: Partial<Pick<Exercise, 'name' | 'primaryMuscles' | 'secondaryMuscles' | 'equipment'>> & { kind?: string };
  submitLabel: string;
  pending?: boolean;
  error?: unknown;
  withSecondary?: boolean;
  withKind?: boolean;
  onSubmit: (body: CreateExerciseRequest & { kind?: ExerciseKind }) => void;
  onCancel: () => void;
}) {
  const nameId = useId();
  const equipmentId = useId();
  const kindId = useId();
  const [name, setName] = useState(initial?.name ?? '');
  const [primary, setPrimary] = useState<Muscle[]>(initial?.primaryMuscles ?? []);
  const [secondary, setSecondary] = useState<Muscle[]>(initial?.secondaryMuscles ?? []);
  const [equipment, setEquipment] = useState<Equipment>(initial?.equipment ?? 'barbell');
  // Until the lifter picks one, the kind follows the equipment (bodyweight → bodyweight reps), as the server assumes.
  const [chosenKind, setChosenKind] = useState<ExerciseKind | null>(initial?.kind ? kindOfExercise(initial) : null);
  const kind = chosenKind ?? kindOfExercise({ equipment });
  const [localError, setLocalError] = useState('');
  const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) return setLocalError('Give the exercise a name.');
    if (primary.length === 0) return setLocalError('Pick at least one primary muscle.');
    setLocalError('');
    const body = { name: name.trim(), primaryMuscles: primary, secondaryMuscles: secondary.filter((m) => !primary.includes(m)), equipment };
    onSubmit(withKind ? { ...body, kind } : body);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={nameId}>Exercise name</label>
        <input
          id={nameId}
          type="text"
          value={name}
          maxLength={100}
          required
          autoComplete="off"
          aria-invalid={fieldErrors.name ? true : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        {fieldErrors.name && <p className="field-error">{fieldErrors.name[0]}</p>}
      </div>
      <MuscleChecklist legend="Primary muscles" value={primary} onChange={setPrimary} />
      {withSecondary && (
        <details>
          <summary>Secondary muscles (optional)</summary>
          <MuscleChecklist legend="Secondary muscles" value={secondary} onChange={setSecondary} />
        </details>
      )}
      <div className="field">
        <label htmlFor={equipmentId}>Equipment</label>
        <select id={equipmentId} value={equipment} onChange={(e) => setEquipment(e.target.value as Equipment)}>
          {EQUIPMENT.map((eq) => (
            <option key={eq} value={eq}>
              {equipmentLabel(eq)}
            </option>
          ))}
        </select>
      </div>
      {withKind && (
        <div className="field">
          <label htmlFor={kindId}>Logged as</label>
          <select id={kindId} value={kind} onChange={(e) => setChosenKind(e.target.value as ExerciseKind)} aria-invalid={fieldErrors.kind ? true : undefined}>
            {EXERCISE_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
          {fieldErrors.kind && <p className="field-error">{fieldErrors.kind[0]}</p>}
        </div>
      )}
      {localError && <ErrorAlert>{localError}</ErrorAlert>}
      {error ? <ErrorAlert>{errorMessage(error)}</ErrorAlert> : null}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function MuscleChecklist({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: Muscle[];
  onChange: (next: Muscle[]) => void;
}) {
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      <div className="checkbox-grid">
        {MUSCLES.map((m) => (
          <label key={m} className="checkbox">
            <input
              type="checkbox"
              checked={value.includes(m)}
              onChange={(e) => onChange(e.target.checked ? [...value, m] : value.filter((x) => x !== m))}
            />
            {muscleLabel(m)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
