import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useReducer, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert, LiveStatus } from '../../../components/alert';
import { ExercisePicker } from '../../../components/exercise-picker';
import { errorMessage } from '../../../lib/api/api-error';
import type { Exercise, WeightUnit, Workout, WorkoutSummary } from '../../../lib/api/types';
import { useExercises } from '../../../lib/exercises/get-exercises';
import { lastPerformanceQueryOptions } from '../../../lib/exercises/get-last-performance';
import { formatTime } from '../../../lib/format';
import { formatClock } from '../../../lib/training-labels';
import { useAutosavedText } from '../../../lib/use-autosaved-text';
import { useElapsedSeconds } from '../../../lib/use-elapsed';
import { useWakeLock } from '../../../lib/use-wake-lock';
import { useAbandonWorkout } from '../api/abandon-workout';
import { useCompleteWorkout } from '../api/complete-workout';
import { useUpdateWorkout } from '../api/update-workout';
import { RestBar } from './rest-bar';
import { useRestTimer } from './use-rest-timer';
import { AutosaveNote, WorkoutLog } from './workout-log';
import { initLog, localLog, logReducer, unloggedRows, unsavedRows, type AddedExercise, type LocalLog } from './workout-log-state';

const DEFAULT_REST_SECONDS = 90;

// Everything on screen that the server does not have yet (sets not logged or not saved, exercises
// added with no set yet) is kept on the device too, so a reload or a closed tab loses nothing.
export function localLogKey(workoutId: string): string {
  return `fitfolio:workout-log:${workoutId}`;
}

function readLocalLog(workoutId: string): LocalLog | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(localLogKey(workoutId)) ?? 'null') as LocalLog | null;
    return parsed && Array.isArray(parsed.blocks) ? parsed : null;
  } catch {
    return null;
  }
}

function writeLocalLog(workoutId: string, log: LocalLog | null): void {
  try {
    if (log) localStorage.setItem(localLogKey(workoutId), JSON.stringify(log));
    else localStorage.removeItem(localLogKey(workoutId));
  } catch {
    // Storage full or disabled: the rows still wait on screen for a retry.
  }
}

/** The exercise ids done with bodyweight, where an empty weight means no added load. */
function useBodyweightCheck(): (exerciseId: string) => boolean {
  const exercises = useExercises();
  const ids = useMemo(
    () => new Set((exercises.data?.items ?? []).filter((e) => e.equipment === 'bodyweight').map((e) => e.id)),
    [exercises.data],
  );
  return useCallback((exerciseId: string) => ids.has(exerciseId), [ids]);
}

function ElapsedClock({ startedAt }: { startedAt: string }) {
  const seconds = useElapsedSeconds(startedAt);
  return (
    <span className="workout-clock" role="timer" aria-label="Time since the start">
      {formatClock(seconds)}
    </span>
  );
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
  const [state, dispatch] = useReducer(logReducer, undefined, () => initLog(workout, unit, true, readLocalLog(workout.id)));
  const [status, setStatus] = useState('');
  const [picking, setPicking] = useState(false);
  const [confirm, setConfirm] = useState<'abandon' | 'finish' | null>(null);
  const timer = useRestTimer(workout.id);
  const complete = useCompleteWorkout();
  const abandon = useAbandonWorkout();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const bodyweight = useBodyweightCheck();
  useWakeLock();

  const [ended, setEnded] = useState(false);
  useEffect(() => {
    if (!ended) writeLocalLog(workout.id, localLog(state));
  }, [workout.id, state, ended]);

  // Last time's sets, for the "previous" column and per-position pre-fills, of exercises done before.
  const wanted = state.blocks.filter((b) => b.previous === null && b.last !== null).map((b) => b.exerciseId);
  const previous = useQueries({ queries: wanted.map((id) => lastPerformanceQueryOptions(id)) });
  useEffect(() => {
    previous.forEach((result, i) => {
      const exerciseId = wanted[i];
      if (exerciseId && result.data) dispatch({ type: 'previous', exerciseId, sets: result.data.sets });
    });
  }, [previous, wanted]);

  const unsaved = unsavedRows(state).length;
  const unlogged = unloggedRows(state).length;

  async function addExercises(exercises: Exercise[]) {
    setPicking(false);
    const added: AddedExercise[] = await Promise.all(
      exercises.map(async (exercise) => {
        try {
          const performance = await queryClient.fetchQuery(lastPerformanceQueryOptions(exercise.id));
          return { exerciseId: exercise.id, exerciseName: exercise.name, previous: performance?.sets ?? [] };
        } catch {
          // Without last time's numbers the set simply starts empty.
          return { exerciseId: exercise.id, exerciseName: exercise.name, previous: [] };
        }
      }),
    );
    dispatch({ type: 'add-exercises', exercises: added });
    setStatus(`${exercises.map((e) => e.name).join(', ')} added.`);
  }

  function end() {
    setEnded(true);
    writeLocalLog(workout.id, null);
    timer.stop();
  }

  function finish() {
    setConfirm(null);
    complete.mutate(workout.id, {
      onSuccess: (result) => {
        end();
        // No set logged: the server discarded the workout instead of keeping an empty one.
        if (result.summary) onFinished(result.summary);
        else void navigate('/', { replace: true });
      },
    });
  }

  return (
    <div className={timer.running || timer.finishedAt ? 'page page--live page--resting' : 'page page--live'}>
      <header className="live-header">
        <h1 className="live-header__title break-anywhere">{workout.templateName ?? 'Workout'}</h1>
        <p className="live-header__meta muted">
          Started <time dateTime={workout.startedAt}>{formatTime(workout.startedAt)}</time> · <ElapsedClock startedAt={workout.startedAt} />
        </p>
      </header>
      <LiveStatus>{status}</LiveStatus>
      <WorkoutLog
        workoutId={workout.id}
        state={state}
        dispatch={dispatch}
        mode="live"
        bodyweight={bodyweight}
        onStatus={setStatus}
        onLogged={(block) => timer.start(block.plan?.restSeconds ?? DEFAULT_REST_SECONDS)}
      />
      {picking ? (
        <ExercisePicker onPickMany={(e) => void addExercises(e)} onCancel={() => setPicking(false)} />
      ) : (
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={() => setPicking(true)}>
            Add exercises
          </button>
        </div>
      )}
      <NotesForm workout={workout} />
      <div className="workout-footer">
        {unsaved > 0 && (
          <p className="not-saved" role="alert">
            {unsaved === 1 ? '1 set is' : `${unsaved} sets are`} not saved yet. Retry before finishing.
          </p>
        )}
        {confirm === 'finish' ? (
          <div className="confirm" role="group" aria-label="Finish with sets not logged?">
            <p>
              {unlogged === 1 ? '1 set is' : `${unlogged} sets are`} not logged. Finish anyway? Sets not logged are not kept.
            </p>
            <div className="row-actions">
              <button type="button" className="button button--primary" disabled={complete.isPending} onClick={finish}>
                Finish anyway
              </button>
              <button type="button" className="button button--secondary" onClick={() => setConfirm(null)}>
                Keep logging
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            className="button button--primary"
            disabled={complete.isPending}
            onClick={() => (unlogged > 0 ? setConfirm('finish') : finish())}
          >
            {complete.isPending ? 'Finishing…' : 'Finish workout'}
          </button>
        )}
        {confirm === 'abandon' ? (
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
                      end();
                      void navigate('/', { replace: true });
                    },
                  })
                }
              >
                {abandon.isPending ? 'Abandoning…' : 'Yes, abandon'}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setConfirm(null)}>
                Keep going
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="button button--danger-outline" onClick={() => setConfirm('abandon')}>
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

/** The workout's notes, saved on their own: after a pause in typing, on leaving the field and on leaving the screen. */
export function NotesForm({ workout }: { workout: Workout }) {
  const id = useId();
  const update = useUpdateWorkout();
  const { mutateAsync } = update;
  const save = useCallback((notes: string) => mutateAsync({ id: workout.id, changes: { notes } }), [mutateAsync, workout.id]);
  const { text, setText, flush, status } = useAutosavedText({
    saved: workout.notes ?? '',
    storageKey: `fitfolio:workout-notes:${workout.id}`,
    save,
  });
  return (
    <section className="section" aria-label="Workout notes">
      <div className="field">
        <label htmlFor={id}>Workout notes</label>
        <textarea id={id} value={text} maxLength={2000} onChange={(e) => setText(e.target.value)} onBlur={flush} />
        <AutosaveNote status={status} />
      </div>
    </section>
  );
}
