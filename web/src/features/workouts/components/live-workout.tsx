import { useCallback, useEffect, useId, useReducer, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert, LiveStatus } from '../../../components/alert';
import { AutosaveNote } from '../../../components/autosave-note';
import { Confirm } from '../../../components/confirm';
import { ExercisePicker } from '../../../components/exercise-picker';
import { errorMessage } from '../../../lib/api/api-error';
import { prList } from '../../../lib/analytics/personal-records';
import type { Exercise, PrType, WeightUnit, Workout, WorkoutSummary } from '../../../lib/api/types';
import { kindOfExercise, type ExerciseWithKind } from '../../../lib/exercise-kinds';
import { formatTime } from '../../../lib/format';
import { formatClock } from '../../../lib/training-labels';
import { useAutosavedText } from '../../../lib/use-autosaved-text';
import { useElapsedSeconds } from '../../../lib/use-elapsed';
import { useWakeLock } from '../../../lib/use-wake-lock';
import { useAbandonWorkout } from '../api/abandon-workout';
import { useCompleteWorkout } from '../api/complete-workout';
import { usePrevious } from '../api/get-previous';
import { useStoreExercises } from '../api/use-store-exercises';
import { useUpdateWorkout } from '../api/update-workout';
import { DeleteWorkout } from './delete-workout';
import { RestBar } from './rest-bar';
import { usePrMarks } from './use-pr-marks';
import { useRestTimer } from './use-rest-timer';
import { WorkoutLog } from './workout-log';
import { initLog, localLog, logReducer, unloggedRows, unsavedRows, type LocalLog, type LogState } from './workout-log-state';

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

/**
 * "New record on Bench Press: heaviest weight and best e1RM." for the set that most recently became a PR; sets
 * already logged when the screen opened (a reload) are marked but not announced again.
 */
function useRecordAnnouncement(state: LogState, marks: ReadonlyMap<string, PrType[]>): string {
  const [message, setMessage] = useState('');
  const [announced, setAnnounced] = useState<ReadonlySet<string>>(
    () => new Set(state.blocks.flatMap((b) => b.rows.filter((r) => r.saved !== null).map((r) => r.id))),
  );
  const fresh = [...marks.keys()].filter((id) => !announced.has(id));
  if (fresh.length > 0) {
    const rowId = fresh.at(-1);
    const block = state.blocks.find((b) => b.rows.some((r) => r.id === rowId));
    const types = (rowId && marks.get(rowId)) || [];
    setAnnounced(new Set([...announced, ...marks.keys()]));
    setMessage(`New record on ${block?.exerciseName ?? 'this exercise'}: ${prList(types)}.`);
  }
  return message;
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
  step,
  onFinished,
}: {
  workout: Workout;
  unit: WeightUnit;
  /** The account's plate step in its unit. */
  step: number;
  onFinished: (summary: WorkoutSummary, names: ReadonlyMap<string, string>) => void;
}) {
  const [state, dispatch] = useReducer(logReducer, undefined, () => initLog(workout, unit, true, readLocalLog(workout.id), step));
  const [status, setStatus] = useState('');
  const [picking, setPicking] = useState(false);
  const [confirm, setConfirm] = useState<'abandon' | 'finish' | null>(null);
  const timer = useRestTimer(workout.id);
  const complete = useCompleteWorkout();
  const abandon = useAbandonWorkout();
  const navigate = useNavigate();
  const onListNotSaved = useCallback(() => setStatus('The exercise list was not saved; it is kept on this device.'), []);
  useWakeLock();

  const [ended, setEnded] = useState(false);
  useEffect(() => {
    if (!ended) writeLocalLog(workout.id, localLog(state));
  }, [workout.id, state, ended]);

  // Last time's sets of every exercise on the workout, for the "previous" column and per-position pre-fills.
  const previous = usePrevious(workout.id);
  useEffect(() => {
    for (const item of previous.data?.items ?? []) {
      if (state.blocks.some((b) => b.exerciseId === item.exerciseId && b.previous === null)) {
        dispatch({ type: 'previous', exerciseId: item.exerciseId, sets: item.sets });
      }
    }
  }, [previous.data, state.blocks]);

  const storeExercises = useStoreExercises(workout.id, onListNotSaved);

  const prMarks = usePrMarks(state);
  const recordStatus = useRecordAnnouncement(state, prMarks);

  const unsaved = unsavedRows(state).length;
  const unlogged = unloggedRows(state).length;

  function addExercises(exercises: Exercise[]) {
    setPicking(false);
    dispatch({ type: 'add-exercises', exercises: exercises.map((e) => ({ exerciseId: e.id, exerciseName: e.name, previous: null, kind: kindOfExercise(e as Partial<ExerciseWithKind>) })) });
    const ids = state.blocks.map((b) => b.exerciseId);
    storeExercises([...ids, ...exercises.map((e) => e.id).filter((id) => !ids.includes(id))]);
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
        if (result.summary) onFinished(result.summary, new Map(state.blocks.map((b) => [b.exerciseId, b.exerciseName])));
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
      {/* Announced, not shown: the row itself shows what was logged, and a line appearing here pushed the next ✓ down. */}
      <LiveStatus className="visually-hidden">{status}</LiveStatus>
      {/* A record floats over the page for a few seconds instead of moving the list under the lifter's thumb. */}
      <LiveStatus className="live-status--record live-status--toast">
        {recordStatus ? <span key={recordStatus}>{recordStatus}</span> : null}
      </LiveStatus>
      <WorkoutLog
        prMarks={prMarks}
        workoutId={workout.id}
        state={state}
        dispatch={dispatch}
        mode="live"
        onStatus={setStatus}
        onLogged={(block) => timer.start(block.plan?.restSeconds ?? DEFAULT_REST_SECONDS)}
        onReorder={storeExercises}
        onRegroup={storeExercises}
      />
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
      <div className="workout-footer">
        {unsaved > 0 && (
          <p className="not-saved" role="alert">
            {unsaved === 1 ? '1 set is' : `${unsaved} sets are`} not saved yet. Retry before finishing.
          </p>
        )}
        {confirm === 'finish' ? (
          <Confirm
            label="Finish with sets not logged?"
            tone="primary"
            confirmLabel="Finish anyway"
            busy={complete.isPending}
            cancelLabel="Keep logging"
            onConfirm={finish}
            onCancel={() => setConfirm(null)}
          >
            {unlogged === 1 ? '1 set is' : `${unlogged} sets are`} not logged. Finish anyway? Sets not logged are not kept.
          </Confirm>
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
          <Confirm
            label="Abandon this workout?"
            confirmLabel="Yes, abandon"
            busyLabel="Abandoning…"
            busy={abandon.isPending}
            cancelLabel="Keep going"
            onCancel={() => setConfirm(null)}
            onConfirm={() =>
              abandon.mutate(workout.id, {
                onSuccess: () => {
                  end();
                  void navigate('/', { replace: true });
                },
              })
            }
          >
            Abandon this workout? It stays in your history marked as abandoned.
          </Confirm>
        ) : (
          <button type="button" className="button button--danger-outline" onClick={() => setConfirm('abandon')}>
            Abandon workout
          </button>
        )}
        <DeleteWorkout workoutId={workout.id} onDeleted={end} />
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
