import { useDocumentTitle } from '../../lib/use-document-title';
import { StartWorkoutPanel } from './start-workout-panel';

/** `/workout`: resume the workout in progress or start a new one. */
export function WorkoutHubScreen() {
  useDocumentTitle('Workout');
  return (
    <div className="page">
      <h1>Workout</h1>
      <StartWorkoutPanel />
    </div>
  );
}
