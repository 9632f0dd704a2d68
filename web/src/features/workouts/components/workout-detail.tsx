import { useCallback, useId, useReducer, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorAlert, LiveStatus } from '../../../components/alert';
import { errorMessage } from '../../../lib/api/api-error';
import { ExercisePicker } from '../../../components/exercise-picker';
import type { Exercise, WeightUnit, Workout } from '../../../lib/api/types';
import { formatDateTime } from '../../../lib/format';
import { useUpdateWorkout } from '../api/update-workout';
import { useStoreExercises } from '../api/use-store-exercises';
import { DeleteWorkout } from './delete-workout';
import { NotesForm } from './live-workout';
import { TemplateFromWorkout } from './template-from-workout';
import { WorkoutLog } from './workout-log';
import { initLog, logReducer, type LogState } from './workout-log-state';
import { WorkoutStats } from './workout-summary';

function summaryOf(workout: Workout, state: LogState) {
  const sets = state.blocks.flatMap((b) => b.rows).flatMap((r) => (r.saved ? [r.saved] : []));
  // Warm-ups never count towards volume, here as on the summary and in History.
  const working = sets.filter((s) => s.setType !== 'warmup');
  const end = workout.completedAt ? Date.parse(workout.completedAt) : Date.parse(workout.startedAt);
  return {
    durationSeconds: Math.max(0, (end - Date.parse(workout.startedAt)) / 1000),
    setCount: sets.length,
    totalVolumeKg: working.reduce((sum, s) => sum + s.reps * s.weightKg, 0),
  };
}

/** A finished (or abandoned) workout: read-only, with an Edit switch for corrections. */
export function WorkoutDetail({ workout, unit }: { workout: Workout; unit: WeightUnit }) {
  const [state, dispatch] = useReducer(logReducer, undefined, () => initLog(workout, unit, false));
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const [picking, setPicking] = useState(false);
  const onListNotSaved = useCallback(() => setStatus('The exercise list was not saved. Try again.'), []);
  const storeExercises = useStoreExercises(workout.id, onListNotSaved);

  function addExercises(exercises: Exercise[]) {
    setPicking(false);
    dispatch({ type: 'add-exercises', exercises: exercises.map((e) => ({ exerciseId: e.id, exerciseName: e.name, previous: null })) });
    const ids = state.blocks.map((b) => b.exerciseId);
    storeExercises([...ids, ...exercises.map((e) => e.id).filter((id) => !ids.includes(id))]);
    setStatus(`${exercises.map((e) => e.name).join(', ')} added.`);
  }

  return (
    <div className="page">
      <p>
        <Link to="/history">← History</Link>
      </p>
      <header className="page-header">
        <h1 className="break-anywhere">{workout.templateName ?? 'Workout'}</h1>
        <p className="muted">
          <time dateTime={workout.startedAt}>{formatDateTime(workout.startedAt)}</time>
          {workout.status === 'abandoned' && ' · abandoned'}
        </p>
      </header>
      <WorkoutStats summary={summaryOf(workout, state)} unit={unit} />
      <div className="row-actions">
        <button type="button" className="button button--secondary" aria-pressed={editing} onClick={() => setEditing((e) => !e)}>
          {editing ? 'Done editing' : 'Edit'}
        </button>
      </div>
      <LiveStatus>{status}</LiveStatus>
      <WorkoutLog
        workoutId={workout.id}
        state={state}
        dispatch={dispatch}
        mode={editing ? 'edit' : 'view'}
        onStatus={setStatus}
        onReorder={storeExercises}
        newSetTime={workout.completedAt ?? workout.startedAt}
      />
      {editing ? (
        <>
          {picking ? (
            <ExercisePicker onPickMany={addExercises} onCancel={() => setPicking(false)} />
          ) : (
            <div className="actions">
              <button type="button" className="button button--secondary" onClick={() => setPicking(true)}>
                Add exercises
              </button>
            </div>
          )}
          <NotesForm workout={workout} />
          <TimesForm workout={workout} onStatus={setStatus} />
          <div className="workout-footer">
            <DeleteWorkout workoutId={workout.id} />
          </div>
        </>
      ) : (
        <>
          {workout.notes && (
            <section className="section" aria-label="Workout notes">
              <h2>Notes</h2>
              <p className="break-anywhere">{workout.notes}</p>
            </section>
          )}
          {workout.status === 'completed' && <TemplateFromWorkout workoutId={workout.id} templateId={workout.templateId} unit={unit} />}
        </>
      )}
    </div>
  );
}

/** `datetime-local` speaks the device's local time without a zone. */
function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function TimesForm({ workout, onStatus }: { workout: Workout; onStatus: (s: string) => void }) {
  const startId = useId();
  const endId = useId();
  const [startedAt, setStartedAt] = useState(toLocalInput(workout.startedAt));
  const [completedAt, setCompletedAt] = useState(toLocalInput(workout.completedAt));
  const [problem, setProblem] = useState('');
  const update = useUpdateWorkout();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const start = new Date(startedAt);
    const end = completedAt ? new Date(completedAt) : null;
    if (Number.isNaN(start.getTime()) || (end && Number.isNaN(end.getTime()))) return setProblem('Enter a valid date and time.');
    if (end && end < start) return setProblem('The end cannot be before the start.');
    setProblem('');
    update.mutate(
      { id: workout.id, changes: { startedAt: start.toISOString(), ...(end ? { completedAt: end.toISOString() } : {}) } },
      { onSuccess: () => onStatus('Times saved.') },
    );
  }

  return (
    <form className="form section" onSubmit={submit} aria-label="Workout times">
      <div className="grid-2 grid-2--wide">
        <div className="field">
          <label htmlFor={startId}>Started</label>
          <input id={startId} type="datetime-local" value={startedAt} required onChange={(e) => setStartedAt(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={endId}>Finished</label>
          <input id={endId} type="datetime-local" value={completedAt} onChange={(e) => setCompletedAt(e.target.value)} />
        </div>
      </div>
      {problem && <ErrorAlert>{problem}</ErrorAlert>}
      {update.isError && <ErrorAlert>{errorMessage(update.error)}</ErrorAlert>}
      <div className="row-actions">
        <button type="submit" className="button button--secondary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save times'}
        </button>
      </div>
    </form>
  );
}
