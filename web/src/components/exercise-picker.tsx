import { useState } from 'react';
import { errorMessage } from '../lib/api/api-error';
import type { Exercise } from '../lib/api/types';
import { useExercises } from '../lib/exercises/get-exercises';
import { equipmentLabel, muscleLabel } from '../lib/training-labels';
import { useDebouncedValue } from '../lib/use-debounced-value';
import { ErrorAlert } from './alert';
import { emptyExerciseFilters, ExerciseFilterBar, type ExerciseFilterValues } from './exercise-filter-bar';
import { SkeletonList } from './skeleton-list';

const SHOWN = 30;

/** Find an exercise and pick it: used by the template editor and the live workout. */
export function ExercisePicker({
  onPick,
  onCancel,
  actionLabel = 'Add',
}: {
  onPick: (exercise: Exercise) => void;
  onCancel: () => void;
  actionLabel?: string;
}) {
  const [filters, setFilters] = useState<ExerciseFilterValues>(emptyExerciseFilters);
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
                  <span className="card__title">{exercise.name}</span>
                  <span className="muted">
                    {exercise.primaryMuscles.map(muscleLabel).join(', ')} · {equipmentLabel(exercise.equipment)}
                  </span>
                </div>
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={`${actionLabel} ${exercise.name}`}
                  onClick={() => onPick(exercise)}
                >
                  {actionLabel}
                </button>
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
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Close the exercise list
        </button>
      </div>
    </section>
  );
}
