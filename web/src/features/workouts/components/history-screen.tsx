import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/alert';
import { Pager } from '../../../components/pager';
import { SkeletonList } from '../../../components/skeleton-list';
import { useWeightUnit } from '../../../lib/account/get-account';
import { errorMessage } from '../../../lib/api/api-error';
import type { WorkoutListItem } from '../../../lib/api/types';
import { formatDateTime } from '../../../lib/format';
import { formatVolume } from '../../../lib/units';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useWorkouts } from '../api/get-workouts';

const PAGE_SIZE = 20;

const STATUS_LABEL: Record<WorkoutListItem['status'], string> = {
  in_progress: 'In progress',
  completed: 'Completed',
  abandoned: 'Abandoned',
};

export function HistoryScreen() {
  useDocumentTitle('History');
  const [page, setPage] = useState(1);
  const workouts = useWorkouts({ page, pageSize: PAGE_SIZE });
  const unit = useWeightUnit();

  return (
    <div className="page">
      <header className="page-header">
        <h1>History</h1>
        <p className="muted">Every workout, newest first.</p>
      </header>
      {workouts.isPending ? (
        <SkeletonList rows={5} label="Loading workouts" />
      ) : workouts.isError ? (
        <ErrorAlert>{errorMessage(workouts.error)}</ErrorAlert>
      ) : workouts.data.items.length === 0 ? (
        <div className="empty-state">
          <p>
            <strong>No workouts yet.</strong> Start one from the home screen; it shows up here when you finish.
          </p>
        </div>
      ) : (
        <>
          <ul className="card-list" aria-label="Workouts" aria-busy={workouts.isFetching}>
            {workouts.data.items.map((w) => (
              <li key={w.id}>
                <Link to={`/workouts/${w.id}`} className="link-card">
                  <span className="link-card__title">{w.templateName ?? 'Workout'}</span>
                  <span className="muted">
                    <time dateTime={w.startedAt}>{formatDateTime(w.startedAt)}</time>
                    {w.status !== 'completed' && ` · ${STATUS_LABEL[w.status]}`}
                  </span>
                  <span className="muted">
                    {w.setCount === 1 ? '1 set' : `${w.setCount} sets`} · {formatVolume(w.totalVolumeKg, unit)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          <Pager label="History pages" page={page} pageSize={PAGE_SIZE} total={workouts.data.total} busy={workouts.isFetching} onPage={setPage} />
        </>
      )}
    </div>
  );
}
