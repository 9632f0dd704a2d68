import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/alert';
import { SkeletonList } from '../../../components/skeleton-list';
import { useAccount } from '../../../lib/account/get-account';
import { errorMessage } from '../../../lib/api/api-error';
import { plateStep } from '../../../lib/units';
import { useDocumentTitle } from '../../../lib/use-document-title';
import type { WorkoutSummary } from '../../../lib/api/types';
import { useWorkout } from '../api/get-workout';
import { LiveWorkout } from './live-workout';
import { TemplateFromWorkout } from './template-from-workout';
import { WorkoutDetail } from './workout-detail';
import { WorkoutSummaryView } from './workout-summary';

/** `/workouts/:workoutId`: the live log while in progress, the read-only record afterwards. */
export function WorkoutScreen() {
  const { workoutId = '' } = useParams();
  const workout = useWorkout(workoutId);
  const account = useAccount();
  // Held here: finishing flips the cached workout to completed, which swaps the live screen out.
  const [finished, setFinished] = useState<{ workoutId: string; summary: WorkoutSummary; names: ReadonlyMap<string, string> } | null>(null);
  useDocumentTitle(workout.data?.status === 'in_progress' ? 'Workout' : 'Workout log');

  // Weights are typed in the user's unit, so the log waits for the account (or its failure: kg).
  if (workout.isPending || account.isPending) {
    return (
      <div className="page">
        <SkeletonList rows={4} label="Loading workout" />
      </div>
    );
  }
  if (workout.isError) {
    return (
      <div className="page">
        <h1>Workout</h1>
        <ErrorAlert>{errorMessage(workout.error)}</ErrorAlert>
        <p>
          <Link to="/history">See your history</Link>
        </p>
      </div>
    );
  }
  const unit = account.data?.unit ?? 'kg';
  if (finished?.workoutId === workout.data.id) {
    const extra = <TemplateFromWorkout workoutId={workout.data.id} templateId={workout.data.templateId} unit={unit} />;
    return <WorkoutSummaryView summary={finished.summary} names={finished.names} unit={unit} extra={extra} />;
  }
  return workout.data.status === 'in_progress' ? (
    <LiveWorkout
      key={workout.data.id}
      workout={workout.data}
      unit={unit}
      step={plateStep(unit, account.data?.plateStepKg)}
      onFinished={(summary, names) => setFinished({ workoutId: workout.data.id, summary, names })}
    />
  ) : (
    <WorkoutDetail key={workout.data.id} workout={workout.data} unit={unit} />
  );
}
