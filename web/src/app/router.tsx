import { lazy, Suspense, type ReactNode } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import { Spinner } from '../components/spinner';
import { SignInScreen } from '../features/auth/components/sign-in-screen';
import { ProtectedLayout } from './layouts/protected-layout';
import { HomeScreen } from './routes/home-screen';
import { NotFoundScreen } from './routes/not-found-screen';
import { RouteError } from './routes/route-error';

// Screens other than the first one a visitor sees are split into their own chunks.
const VerifyScreen = lazy(() =>
  import('../features/auth/components/verify-screen').then((m) => ({ default: m.VerifyScreen })),
);
const DevMailboxScreen = lazy(() =>
  import('../features/auth/components/dev-mailbox-screen').then((m) => ({ default: m.DevMailboxScreen })),
);
const SecurityScreen = lazy(() =>
  import('../features/account/components/security-screen').then((m) => ({ default: m.SecurityScreen })),
);

const DeleteAccountScreen = lazy(() =>
  import('../features/account/components/delete-account-screen').then((m) => ({ default: m.DeleteAccountScreen })),
);

const ImportScreen = lazy(() =>
  import('../features/imports/components/import-screen').then((m) => ({ default: m.ImportScreen })),
);
const ImportPreviewScreen = lazy(() =>
  import('../features/imports/components/import-preview-screen').then((m) => ({ default: m.ImportPreviewScreen })),
);

const SettingsScreen = lazy(() =>
  import('../features/settings/components/settings-screen').then((m) => ({ default: m.SettingsScreen })),
);

const ExercisesScreen = lazy(() =>
  import('../features/exercises/components/exercises-screen').then((m) => ({ default: m.ExercisesScreen })),
);

const ProgramsScreen = lazy(() =>
  import('../features/programs/components/programs-screen').then((m) => ({ default: m.ProgramsScreen })),
);
const ProgramScreen = lazy(() =>
  import('../features/programs/components/program-screen').then((m) => ({ default: m.ProgramScreen })),
);
const TemplateEditorScreen = lazy(() =>
  import('../features/programs/components/template-editor-screen').then((m) => ({ default: m.TemplateEditorScreen })),
);

const WorkoutScreen = lazy(() =>
  import('../features/workouts/components/workout-screen').then((m) => ({ default: m.WorkoutScreen })),
);
const HistoryScreen = lazy(() =>
  import('../features/workouts/components/history-screen').then((m) => ({ default: m.HistoryScreen })),
);

const ExerciseScreen = lazy(() =>
  import('../features/progress/components/exercise-screen').then((m) => ({ default: m.ExerciseScreen })),
);
const ProgressScreen = lazy(() =>
  import('../features/progress/components/progress-screen').then((m) => ({ default: m.ProgressScreen })),
);
const BodyScreen = lazy(() => import('../features/progress/components/body-screen').then((m) => ({ default: m.BodyScreen })));
const InsightsScreen = lazy(() =>
  import('../features/progress/components/insights-screen').then((m) => ({ default: m.InsightsScreen })),
);

const AdminScreen = lazy(() =>
  import('../features/admin/components/admin-screen').then((m) => ({ default: m.AdminScreen })),
);

const MoreScreen = lazy(() => import('./routes/more-screen').then((m) => ({ default: m.MoreScreen })));

const WorkoutHubScreen = lazy(() =>
  import('./routes/workout-hub-screen').then((m) => ({ default: m.WorkoutHubScreen })),
);

function PageFallback() {
  return (
    <div className="page page--center">
      <Spinner label="Loading" />
    </div>
  );
}

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageFallback />}>{children}</Suspense>;
}

export const routes: RouteObject[] = [
  {
    element: <Outlet />,
    errorElement: <RouteError />,
    children: [
      { path: 'sign-in', element: <SignInScreen /> },
      { path: 'auth/verify', element: <Lazy><VerifyScreen /></Lazy> },
      { path: 'dev/mailbox', element: <Lazy><DevMailboxScreen /></Lazy> },
      {
        element: <ProtectedLayout />,
        children: [
          { index: true, element: <HomeScreen /> },
          { path: 'account/security', element: <SecurityScreen /> },
          { path: 'workout', element: <WorkoutHubScreen /> },
          { path: 'workouts/:workoutId', element: <WorkoutScreen /> },
          { path: 'history', element: <HistoryScreen /> },
          { path: 'programs', element: <ProgramsScreen /> },
          { path: 'programs/:programId', element: <ProgramScreen /> },
          { path: 'programs/:programId/templates/:templateId', element: <TemplateEditorScreen /> },
          { path: 'exercises', element: <ExercisesScreen /> },
          { path: 'exercises/:exerciseId', element: <ExerciseScreen /> },
          { path: 'progress', element: <ProgressScreen /> },
          { path: 'body', element: <BodyScreen /> },
          { path: 'insights', element: <InsightsScreen /> },
          { path: 'settings', element: <SettingsScreen /> },
          { path: 'settings/import', element: <ImportScreen /> },
          { path: 'settings/import/:importId', element: <ImportPreviewScreen /> },
          { path: 'settings/delete-account', element: <DeleteAccountScreen /> },
          { path: 'more', element: <MoreScreen /> },
          { path: 'admin', element: <AdminScreen /> },
        ],
      },
      { path: '*', element: <NotFoundScreen /> },
    ],
  },
];
