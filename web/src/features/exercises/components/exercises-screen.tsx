import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert, LiveStatus } from '../../../components/alert';
import { emptyExerciseFilters, ExerciseFilterBar, type ExerciseFilterValues } from '../../../components/exercise-filter-bar';
import { ExerciseForm } from '../../../components/exercise-form';
import { SkeletonList } from '../../../components/skeleton-list';
import { errorMessage } from '../../../lib/api/api-error';
import type { Exercise } from '../../../lib/api/types';
import { useExercises } from '../../../lib/exercises/get-exercises';
import { equipmentLabel, muscleLabel } from '../../../lib/training-labels';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateExercise } from '../api/create-exercise';
import { useDeleteExercise } from '../api/delete-exercise';
import { useUpdateExercise } from '../api/update-exercise';

export function ExercisesScreen() {
  useDocumentTitle('Exercises');
  const [filters, setFilters] = useState<ExerciseFilterValues>(emptyExerciseFilters);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');
  const search = useDebouncedValue(filters.search);
  const exercises = useExercises({ ...filters, search, includeArchived });
  const create = useCreateExercise();

  return (
    <div className="page">
      <header className="page-header">
        <h1>Exercises</h1>
        <p className="muted">The built-in catalogue plus the exercises you added.</p>
      </header>
      <LiveStatus>{status}</LiveStatus>
      {adding ? (
        <section className="section card" aria-label="Add a custom exercise">
          <h2>Add a custom exercise</h2>
          <ExerciseForm
            submitLabel="Add exercise"
            pending={create.isPending}
            error={create.error}
            onCancel={() => {
              create.reset();
              setAdding(false);
            }}
            onSubmit={(body) =>
              create.mutate(body, {
                onSuccess: (exercise) => {
                  setAdding(false);
                  setStatus(`${exercise.name} added.`);
                },
              })
            }
          />
        </section>
      ) : (
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
            Add custom exercise
          </button>
        </div>
      )}
      <section className="section" aria-label="Find exercises">
        <ExerciseFilterBar value={filters} onChange={setFilters} />
        <label className="checkbox">
          <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
          Show archived exercises
        </label>
        {exercises.isPending ? (
          <SkeletonList rows={5} label="Loading exercises" />
        ) : exercises.isError ? (
          <ErrorAlert>{errorMessage(exercises.error)}</ErrorAlert>
        ) : exercises.data.items.length === 0 ? (
          <div className="empty-state">
            <p>
              <strong>No exercises match.</strong> Try another word, clear a filter, or add your own.
            </p>
          </div>
        ) : (
          <>
            <p className="list-count" aria-live="polite">
              {exercises.data.items.length === 1 ? '1 exercise' : `${exercises.data.items.length} exercises`}
            </p>
            <ul className="card-list" aria-label="Exercises" aria-busy={exercises.isFetching}>
              {exercises.data.items.map((exercise) => (
                <ExerciseRow key={exercise.id} exercise={exercise} onStatus={setStatus} />
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}

function ExerciseRow({ exercise, onStatus }: { exercise: Exercise; onStatus: (s: string) => void }) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const update = useUpdateExercise();
  const remove = useDeleteExercise();

  if (mode === 'edit') {
    return (
      <li className="card">
        <h3>Edit {exercise.name}</h3>
        <ExerciseForm
          initial={exercise}
          submitLabel="Save changes"
          pending={update.isPending}
          error={update.error}
          onCancel={() => {
            update.reset();
            setMode('view');
          }}
          onSubmit={(changes) =>
            update.mutate(
              { id: exercise.id, changes },
              {
                onSuccess: (saved) => {
                  setMode('view');
                  onStatus(`${saved.name} saved.`);
                },
              },
            )
          }
        />
      </li>
    );
  }

  return (
    <li className="card card--compact">
      <h3 className="card__title">
        <Link to={`/exercises/${exercise.id}`}>{exercise.name}</Link>
        {exercise.isCustom && <span className="badge">Custom</span>}
        {exercise.isArchived && <span className="chip chip--outline">Archived</span>}
      </h3>
      <ul className="chips" aria-label={`${exercise.name}: muscles and equipment`}>
        {exercise.primaryMuscles.map((m) => (
          <li key={`p-${m}`} className="chip chip--primary">
            {muscleLabel(m)}
          </li>
        ))}
        {exercise.secondaryMuscles.map((m) => (
          <li key={`s-${m}`} className="chip">
            {muscleLabel(m)}
          </li>
        ))}
        <li className="chip chip--outline">{equipmentLabel(exercise.equipment)}</li>
      </ul>
      {exercise.isCustom &&
        (mode === 'confirm-delete' ? (
          <div className="confirm" role="group" aria-label={`Delete ${exercise.name}?`}>
            <p>
              Delete <strong>{exercise.name}</strong>? If you have logged it, it is archived instead and your
              history stays.
            </p>
            <div className="row-actions">
              <button
                type="button"
                className="button button--danger"
                disabled={remove.isPending}
                onClick={() => remove.mutate(exercise.id, { onSuccess: () => onStatus(`${exercise.name} deleted.`) })}
              >
                {remove.isPending ? 'Deleting…' : 'Yes, delete'}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  remove.reset();
                  setMode('view');
                }}
              >
                Keep it
              </button>
            </div>
            {remove.isError && <ErrorAlert>{errorMessage(remove.error)}</ErrorAlert>}
          </div>
        ) : (
          <div className="row-actions">
            <button type="button" className="button button--secondary" aria-label={`Edit ${exercise.name}`} onClick={() => setMode('edit')}>
              Edit
            </button>
            <button
              type="button"
              className="button button--secondary"
              aria-label={`Delete ${exercise.name}`}
              onClick={() => setMode('confirm-delete')}
            >
              Delete
            </button>
          </div>
        ))}
    </li>
  );
}
