import { useId, useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../lib/api/api-error';
import { EQUIPMENT, MUSCLES, type CreateExerciseRequest, type Equipment, type Exercise, type Muscle } from '../lib/api/types';
import { equipmentLabel, muscleLabel } from '../lib/training-labels';
import { ErrorAlert } from './alert';

/**
 * Create or edit a custom exercise: name, primary and secondary muscles, equipment. Used by the exercise
 * browser and by the import preview (which creates exercises without secondary muscles).
 */
export function ExerciseForm({
  initial,
  submitLabel,
  pending = false,
  error = null,
  withSecondary = true,
  onSubmit,
  onCancel,
}: {
  initial?: Partial<Pick<Exercise, 'name' | 'primaryMuscles' | 'secondaryMuscles' | 'equipment'>>;
  submitLabel: string;
  pending?: boolean;
  error?: unknown;
  withSecondary?: boolean;
  onSubmit: (body: CreateExerciseRequest) => void;
  onCancel: () => void;
}) {
  const nameId = useId();
  const equipmentId = useId();
  const [name, setName] = useState(initial?.name ?? '');
  const [primary, setPrimary] = useState<Muscle[]>(initial?.primaryMuscles ?? []);
  const [secondary, setSecondary] = useState<Muscle[]>(initial?.secondaryMuscles ?? []);
  const [equipment, setEquipment] = useState<Equipment>(initial?.equipment ?? 'barbell');
  const [localError, setLocalError] = useState('');
  const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) return setLocalError('Give the exercise a name.');
    if (primary.length === 0) return setLocalError('Pick at least one primary muscle.');
    setLocalError('');
    onSubmit({ name: name.trim(), primaryMuscles: primary, secondaryMuscles: secondary.filter((m) => !primary.includes(m)), equipment });
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
