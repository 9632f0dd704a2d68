// Starting a workout needs two features (programs for the templates, workouts to start one);
// features never import each other, so the app layer composes them here.
import { useState } from 'react';
import { useNavigate, Link } from 'react-router';
import { ErrorAlert } from '../../components/alert';
import { SkeletonList } from '../../components/skeleton-list';
import { usePrograms } from '../../features/programs/api/get-programs';
import { useStartWorkout } from '../../features/workouts/api/start-workout';
import { useWorkouts } from '../../features/workouts/api/get-workouts';
import { useWeightUnit } from '../../lib/account/get-account';
import { errorMessage, isApiError } from '../../lib/api/api-error';
import type { StartWorkoutRequest } from '../../lib/api/types';
import { formatDateTime } from '../../lib/format';
import { formatVolume } from '../../lib/units';
import { useOfflinePlanner } from './offline-plan';

/** A start that met a workout still in progress: what to do with that one first. */
interface Blocked {
  templateId: string | undefined;
  openId: string;
}

export function StartWorkoutPanel() {
  const navigate = useNavigate();
  const current = useWorkouts({ status: 'in_progress', page: 1, pageSize: 1 });
  const programs = usePrograms();
  const start = useStartWorkout(useOfflinePlanner(programs.data));
  const inProgress = current.data?.items[0];
  const [blocked, setBlocked] = useState<Blocked | null>(null);

  function send(body: StartWorkoutRequest) {
    start.mutate(body, {
      onSuccess: (w) => void navigate(`/workouts/${w.id}`),
      onError: (error) => {
        // Opened on another device since this list loaded: the server names the open one.
        if (isApiError(error, 'workout_in_progress')) setBlocked({ templateId: body.templateId, openId: String(error.extensions.workoutId ?? '') });
      },
    });
  }

  function begin(templateId?: string) {
    if (inProgress) setBlocked({ templateId, openId: inProgress.id });
    else send(templateId ? { templateId } : {});
  }

  function replace(how: 'abandon' | 'complete') {
    if (!blocked) return;
    const { templateId } = blocked;
    setBlocked(null);
    send({ ...(templateId ? { templateId } : {}), replace: how });
  }

  const withTemplates = programs.data?.items.filter((p) => p.templates.length > 0) ?? [];
  return (
    <section className="section" aria-labelledby="start-workout">
      <h2 id="start-workout">Start workout</h2>
      {inProgress && (
        <Link to={`/workouts/${inProgress.id}`} className="link-card section">
          <span className="link-card__title">Resume {inProgress.templateName ?? 'your workout'}</span>
          <span className="muted">
            Started <time dateTime={inProgress.startedAt}>{formatDateTime(inProgress.startedAt)}</time> ·{' '}
            {inProgress.setCount === 1 ? '1 set' : `${inProgress.setCount} sets`} logged
          </span>
        </Link>
      )}
      {blocked && (
        <div className="confirm" role="group" aria-label="A workout is in progress">
          <p>
            {inProgress?.id === blocked.openId ? `${inProgress.templateName ?? 'A workout'} is` : 'Another workout is'} still in
            progress. Only one workout can be open at a time.
          </p>
          <div className="actions">
            <Link to={`/workouts/${blocked.openId}`} className="button button--primary">
              Resume it
            </Link>
            <button type="button" className="button button--secondary" disabled={start.isPending} onClick={() => replace('complete')}>
              Finish it and start the new one
            </button>
            <button type="button" className="button button--danger-outline" disabled={start.isPending} onClick={() => replace('abandon')}>
              Abandon it and start the new one
            </button>
            <button type="button" className="button button--ghost" onClick={() => setBlocked(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {start.isError && !isApiError(start.error, 'workout_in_progress') && <ErrorAlert>{errorMessage(start.error)}</ErrorAlert>}
      {programs.isPending ? (
        <SkeletonList rows={1} label="Loading your templates" />
      ) : withTemplates.length > 0 ? (
        withTemplates.map((program) => (
          <div key={program.id} className="section">
            <h3 className="break-anywhere">{program.name}</h3>
            <div className="actions">
              {[...program.templates]
                .sort((a, b) => a.position - b.position)
                .map((t) => (
                  <button
                    key={t.id}
                    type="button"
                    className="button button--secondary"
                    aria-label={`Start ${t.name} from ${program.name}`}
                    disabled={start.isPending}
                    onClick={() => begin(t.id)}
                  >
                    {t.name}
                  </button>
                ))}
            </div>
          </div>
        ))
      ) : (
        <p className="muted">
          Plan your training days in <Link to="/programs">Programs</Link> to start from a template.
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button--primary" disabled={start.isPending} onClick={() => begin()}>
          {start.isPending ? 'Starting…' : 'Start empty workout'}
        </button>
      </div>
    </section>
  );
}

export function LastWorkout() {
  const last = useWorkouts({ status: 'completed', page: 1, pageSize: 1 });
  const unit = useWeightUnit();
  const workout = last.data?.items[0];
  return (
    <section className="section" aria-labelledby="last-workout">
      <h2 id="last-workout">Last workout</h2>
      {last.isPending ? (
        <SkeletonList rows={1} label="Loading your last workout" />
      ) : !workout ? (
        <div className="empty-state">
          <p>No finished workouts yet. Your first one will show up here.</p>
        </div>
      ) : (
        <Link to={`/workouts/${workout.id}`} className="link-card">
          <span className="link-card__title">{workout.templateName ?? 'Workout'}</span>
          <span className="muted">
            <time dateTime={workout.startedAt}>{formatDateTime(workout.startedAt)}</time>
          </span>
          <span className="muted">
            {workout.setCount === 1 ? '1 set' : `${workout.setCount} sets`} · {formatVolume(workout.totalVolumeKg, unit)}
          </span>
        </Link>
      )}
    </section>
  );
}

/** What the home screen shows about training: start or resume, and the last workout. */
export function TrainingPanels() {
  return (
    <>
      <StartWorkoutPanel />
      <LastWorkout />
    </>
  );
}
