import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { SkeletonList } from '../../components/skeleton-list';
import { useMe } from '../../features/auth/api/get-me';
import { useDocumentTitle } from '../../lib/use-document-title';

// The training panels pull in the workouts and programs API code: kept out of the first load.
const TrainingPanels = lazy(() => import('./start-workout-panel').then((m) => ({ default: m.TrainingPanels })));

export function HomeScreen() {
  useDocumentTitle('Home');
  const { data } = useMe();
  if (!data) return null;
  const { user } = data;
  const name = user.displayName.trim() || user.email;

  return (
    <div className="page">
      <header className="page-header">
        <h1 className="break-anywhere">Welcome, {name}</h1>
        <p className="muted break-anywhere">
          Signed in as <strong>{user.email}</strong>
        </p>
      </header>
      <Suspense fallback={<SkeletonList rows={2} label="Loading your training" />}>
        <TrainingPanels />
      </Suspense>
      <div className="card-list">
        <Link to="/settings" className="link-card">
          <span className="link-card__title">Settings</span>
          <span className="muted">Your name, weight unit ({user.unit}) and time zone</span>
        </Link>
        <Link to="/account/security" className="link-card">
          <span className="link-card__title">Security</span>
          <span className="muted">Passkeys, signed-in devices and recent sign-in activity</span>
        </Link>
      </div>
    </div>
  );
}
