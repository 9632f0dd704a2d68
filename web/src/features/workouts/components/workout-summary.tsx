import { Link } from 'react-router';
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

export function WorkoutSummaryView({ summary, unit }: { summary: WorkoutSummary; unit: WeightUnit }) {
  return (
    <div className="page">
      <h1 tabIndex={-1}>Workout complete</h1>
      <p className="muted" role="status">
        Nice work. Here is how it went.
      </p>
      <WorkoutStats summary={summary} unit={unit} />
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
