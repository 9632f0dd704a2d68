import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { describePr, groupBySet } from '../../../lib/analytics/personal-records';
import type { WeightUnit, WorkoutSummary } from '../../../lib/api/types';
import { formatDuration } from '../../../lib/training-labels';
import { formatVolume } from '../../../lib/units';

export function WorkoutStats({ summary, unit }: { summary: Omit<WorkoutSummary, 'prs'>; unit: WeightUnit }) {
  return (
    <dl className="stat-grid">
      <div className="stat">
        <dt className="stat__label">Duration</dt>
        <dd className="stat__value">{formatDuration(summary.durationSeconds)}</dd>
      </div>
      <div className="stat">
        <dt className="stat__label">Sets</dt>
        <dd className="stat__value">{summary.setCount}</dd>
      </div>
      <div className="stat">
        <dt className="stat__label">Volume</dt>
        <dd className="stat__value">{formatVolume(summary.totalVolumeKg, unit)}</dd>
      </div>
    </dl>
  );
}

export function WorkoutSummaryView({
  summary,
  names,
  unit,
  extra,
}: {
  summary: WorkoutSummary;
  /** Exercise names by id, for the records list. */
  names: ReadonlyMap<string, string>;
  unit: WeightUnit;
  /** More to do with the finished workout (templates from it), above the way out. */
  extra?: ReactNode;
}) {
  return (
    <div className="page">
      <h1 tabIndex={-1}>Workout complete</h1>
      <p className="muted" role="status">
        Nice work. Here is how it went.
      </p>
      <WorkoutStats summary={summary} unit={unit} />
      {summary.prs && summary.prs.length > 0 && (
        <section className="summary-prs" aria-labelledby="summary-prs-title">
          <h2 id="summary-prs-title">
            <span aria-hidden="true">🏆</span> New records
          </h2>
          <ul className="card-list" aria-label="New records">
            {groupBySet(summary.prs).map(([first, ...more]) => (
              <li key={first.setId} className="pr-item">
                <span className="pr-item__body">
                  <Link to={`/exercises/${first.exerciseId}`} className="pr-item__name">
                    {names.get(first.exerciseId) ?? 'Exercise'}
                  </Link>
                  {[first, ...more].map((pr) => (
                    <span key={pr.type}>{describePr(pr, unit)}</span>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {extra}
      <div className="actions">
        <Link to="/" className="button button--primary">
          Back home
        </Link>
        <Link to="/history" className="button button--secondary">
          See your history
        </Link>
      </div>
    </div>
  );
}
