import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useReducer, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert, LiveStatus } from '../../../components/alert';
import { ExercisePicker } from '../../../components/exercise-picker';
import { errorMessage } from '../../../lib/api/api-error';
import type { Exercise, WeightUnit, Workout, WorkoutSummary } from '../../../lib/api/types';
import { lastPerformanceQueryOptions } from '../../../lib/exercises/get-last-performance';
import { formatDateTime } from '../../../lib/format';
import { useAbandonWorkout } from '../api/abandon-workout';
import { useCompleteWorkout } from '../api/complete-workout';
import { useUpdateWorkout } from '../api/update-workout';
import { RestBar } from './rest-bar';
import { useRestTimer } from './use-rest-timer';
import { WorkoutLog } from './workout-log';
import { initLog, logReducer, unsavedRows, type LastSet, type SetRow } from './workout-log-state';

const DEFAULT_REST_SECONDS = 90;

// Sets whose PUT failed are kept on the device too, so a reload while offline does not lose them.
function unsavedKey(workoutId: string): string {
  return `fitfolio:unsaved-sets:${workoutId}`;
}

function readUnsaved(workoutId: string): SetRow[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(unsavedKey(workoutId)) ?? '[]');
    return Array.isArray(parsed) ? (parsed as SetRow[]) : [];
  } catch {
    return [];
  }
}

function writeUnsaved(workoutId: string, rows: SetRow[]): void {
  try {
    if (rows.length) localStorage.setItem(unsavedKey(workoutId), JSON.stringify(rows));
    else localStorage.removeItem(unsavedKey(workoutId));
  } catch {
    // Storage full or disabled: the rows still wait on screen for a retry.
  }
}

export function LiveWorkout({
  workout,
  unit,
  onFinished,
}: {
  workout: Workout;
  unit: WeightUnit;
  onFinished: (summary: WorkoutSummary) => void;
}) {
  const [state, dispatch] = useReducer(logReducer, undefined, () => initLog(workout, unit, true, readUnsaved(workout.id)));
  const [status, setStatus] = useState('');
  const [picking, setPicking] = useState(false);
  const [confirmAbandon, setConfirmAbandon] = useState(false);
  const timer = useRestTimer(workout.id);
  const complete = useCompleteWorkout();
  const abandon = useAbandonWorkout();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  useEffect(() => writeUnsaved(workout.id, unsavedRows(state)), [workout.id, state]);

  const unsaved = state.blocks.flatMap((b) => b.rows).filter((r) => r.status === 'failed' || r.status === 'saving').length;

  async function addExercise(exercise: Exercise) {
    setPicking(false);
    let last: LastSet = null;
    try {
      const performance = await queryClient.fetchQuery(lastPerformanceQueryOptions(exercise.id));
      const set = performance?.sets.find((s) => s.setType === 'working') ?? performance?.sets[0];
      if (performance && set) last = { performedAt: performance.performedAt, weightKg: set.weightKg, reps: set.reps };
    } catch {
      // Without last time's numbers the row simply starts empty.
    }
    dispatch({ type: 'add-exercise', exerciseId: exercise.id, exerciseName: exercise.name, last });
    setStatus(`${exercise.name} added.`);
  }

  function finish() {
    complete.mutate(workout.id, {
      onSuccess: (result) => {
        timer.stop();
        if (result.summary) onFinished(result.summary);
      },
    });
  }

  return (
    <div className="page">
      <header className="page-header">
        <h1 className="break-anywhere">{workout.templateName ?? 'Workout'}</h1>
        <p className="muted">
          Started <time dateTime={workout.startedAt}>{formatDateTime(workout.startedAt)}</time>
        </p>
      </header>
      <LiveStatus>{status}</LiveStatus>
      <WorkoutLog
        workoutId={workout.id}
        state={state}
        dispatch={dispatch}
        mode="live"
        onStatus={setStatus}
        onLogged={(block) => timer.start(block.plan?.restSeconds ?? DEFAULT_REST_SECONDS)}
      />
      {picking ? (
        <ExercisePicker onPick={(e) => void addExercise(e)} onCancel={() => setPicking(false)} />
      ) : (
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={() => setPicking(true)}>
            Add exercise
          </button>
        </div>
      )}
      <NotesForm workout={workout} onStatus={setStatus} />
      <div className="workout-footer">
        {unsaved > 0 && (
          <p className="not-saved" role="alert">
            {unsaved === 1 ? '1 set is' : `${unsaved} sets are`} not saved yet. Retry before finishing.
          </p>
        )}
        <button type="button" className="button button--primary" disabled={complete.isPending} onClick={finish}>
          {complete.isPending ? 'Finishing…' : 'Finish workout'}
        </button>
        {confirmAbandon ? (
          <div className="confirm" role="group" aria-label="Abandon this workout?">
            <p>Abandon this workout? It stays in your history marked as abandoned.</p>
            <div className="row-actions">
              <button
                type="button"
                className="button button--danger"
                disabled={abandon.isPending}
                onClick={() =>
                  abandon.mutate(workout.id, {
                    onSuccess: () => {
                      timer.stop();
                      void navigate('/', { replace: true });
                    },
                  })
                }
              >
                {abandon.isPending ? 'Abandoning…' : 'Yes, abandon'}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setConfirmAbandon(false)}>
                Keep going
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="button button--danger-outline" onClick={() => setConfirmAbandon(true)}>
            Abandon workout
          </button>
        )}
        {complete.isError && <ErrorAlert>{errorMessage(complete.error)}</ErrorAlert>}
        {abandon.isError && <ErrorAlert>{errorMessage(abandon.error)}</ErrorAlert>}
      </div>
      <RestBar timer={timer} />
    </div>
  );
}

export function NotesForm({ workout, onStatus }: { workout: Workout; onStatus: (s: string) => void }) {
  const id = useId();
  const [notes, setNotes] = useState(workout.notes ?? '');
  const update = useUpdateWorkout();
  const dirty = notes !== (workout.notes ?? '');
  return (
    <section className="section" aria-label="Workout notes">
      <div className="field">
        <label htmlFor={id}>Workout notes</label>
        <textarea id={id} value={notes} maxLength={2000} onChange={(e) => setNotes(e.target.value)} />
      </div>
      {update.isError && <ErrorAlert>{errorMessage(update.error)}</ErrorAlert>}
      <div className="row-actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={!dirty || update.isPending}
          onClick={() => update.mutate({ id: workout.id, changes: { notes } }, { onSuccess: () => onStatus('Notes saved.') })}
        >
          {update.isPending ? 'Saving…' : 'Save notes'}
        </button>
      </div>
    </section>
  );
}
