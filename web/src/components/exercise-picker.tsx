import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../lib/api/api-error';
import type { Exercise } from '../lib/api/types';
import { useExercises } from '../lib/exercises/get-exercises';
import { equipmentLabel, muscleLabel } from '../lib/training-labels';
import { useDebouncedValue } from '../lib/use-debounced-value';
import { ErrorAlert } from './alert';
import { emptyExerciseFilters, ExerciseFilterBar, type ExerciseFilterValues } from './exercise-filter-bar';
import { SkeletonList } from './skeleton-list';

const SHOWN = 30;

/**
 * Find an exercise and pick it: used by the template editor and the live workout. With `onPickMany`,
 * exercises are ticked (across searches) and added together with one button.
 */
export function ExercisePicker({
  onPick,
  onPickMany,
  onCancel,
  actionLabel = 'Add',
}: {
  onPick?: (exercise: Exercise) => void;
  onPickMany?: (exercises: Exercise[]) => void;
  onCancel: () => void;
  actionLabel?: string;
}) {
  const [filters, setFilters] = useState<ExerciseFilterValues>(emptyExerciseFilters);
  const [selected, setSelected] = useState<Exercise[]>([]);
  const toggle = (exercise: Exercise) =>
    setSelected((current) => (current.some((e) => e.id === exercise.id) ? current.filter((e) => e.id !== exercise.id) : [...current, exercise]));
  const search = useDebouncedValue(filters.search);
  const exercises = useExercises({ ...filters, search });
  const items = exercises.data?.items.filter((e) => !e.isArchived) ?? [];

  return (
    <section className="picker" aria-label="Choose an exercise">
      <ExerciseFilterBar value={filters} onChange={setFilters} />
      {exercises.isPending ? (
        <SkeletonList rows={3} label="Loading exercises" />
      ) : exercises.isError ? (
        <ErrorAlert>{errorMessage(exercises.error)}</ErrorAlert>
      ) : items.length === 0 ? (
        <div className="empty-state">
          <p>No exercise matches. Try another word or clear a filter.</p>
        </div>
      ) : (
        <>
          <ul className="card-list" aria-label="Matching exercises" aria-busy={exercises.isFetching}>
            {items.slice(0, SHOWN).map((exercise) => (
              <li key={exercise.id} className="card card--compact card__header">
                <div>
                  <Link to={`/exercises/${exercise.id}`} className="card__title">
                    {exercise.name}
                  </Link>
                  <span className="muted">
                    {exercise.primaryMuscles.map(muscleLabel).join(', ')} · {equipmentLabel(exercise.equipment)}
                  </span>
                </div>
                {onPickMany ? (
                  <button
                    type="button"
                    className="button button--secondary picker__toggle"
                    aria-label={`Select ${exercise.name}`}
                    aria-pressed={selected.some((e) => e.id === exercise.id)}
                    onClick={() => toggle(exercise)}
                  >
                    {selected.some((e) => e.id === exercise.id) ? '✓' : '+'}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={`${actionLabel} ${exercise.name}`}
                    onClick={() => onPick?.(exercise)}
                  >
                    {actionLabel}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {items.length > SHOWN && (
            <p className="muted">
              Showing {SHOWN} of {items.length}. Type more of the name to narrow the list.
            </p>
          )}
        </>
      )}
      <div className="actions">
        {onPickMany && (
          <button type="button" className="button button--primary" disabled={selected.length === 0} onClick={() => onPickMany(selected)}>
            {selected.length === 1 ? 'Add 1 exercise' : `Add ${selected.length} exercises`}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Close the exercise list
        </button>
      </div>
    </section>
  );
}
