import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback } from 'react';
import { Link, Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/alert';
import { SkeletonList } from '../../components/skeleton-list';
import { errorMessage, isApiError } from '../../lib/api/api-error';
import { signInPathFor } from '../../lib/api/client';
import { meQueryKey, useMe, type MeResponse } from '../../features/auth/api/get-me';
import type { User } from '../../lib/api/types';
import { useBrowserTimeZoneForNewAccount } from '../../lib/account/use-browser-time-zone';
import { useLogout } from '../../features/auth/api/logout';
import { MORE_DESTINATIONS, SECONDARY_DESTINATIONS } from '../navigation';
import { useForgetServerDataOnLeave } from './use-forget-on-leave';

// The banner and the sync behind it load just after the first screen, off the initial JS budget.
const OfflineBanner = lazy(() => import('../../features/workouts/offline/offline-banner').then((m) => ({ default: m.OfflineBanner })));

/** Every signed-in page: checks `/auth/me` first, then shows the header and the page. */
export function ProtectedLayout() {
  const me = useMe();
  const location = useLocation();
  const queryClient = useQueryClient();
  const rememberUser = useCallback(
    (user: User) => queryClient.setQueryData<MeResponse>(meQueryKey, (old) => ({ user, isAdmin: old?.isAdmin ?? false })),
    [queryClient],
  );
  useBrowserTimeZoneForNewAccount(me.data?.user, rememberUser);
  useForgetServerDataOnLeave();

  if (me.isPending) {
    return (
      <div className="app-shell">
        <header className="app-header app-header--placeholder" aria-hidden="true" />
        <main id="main" className="app-main">
          <div className="page">
            <SkeletonList rows={3} label="Checking your sign-in" />
          </div>
        </main>
      </div>
    );
  }

  if (isApiError(me.error) && me.error.status === 401) {
    return <Navigate to={signInPathFor(location)} replace />;
  }

  if (me.isError) {
    return (
      <main id="main" className="page page--narrow">
        <h1>We couldn’t load your account</h1>
        <ErrorAlert>{errorMessage(me.error)}</ErrorAlert>
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => void me.refetch()}>
            Try again
          </button>
        </div>
      </main>
    );
  }

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader />
      <main id="main" className="app-main">
        <Suspense fallback={null}>
          <OfflineBanner />
        </Suspense>
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

function PageSkeleton() {
  return (
    <div className="page">
      <SkeletonList rows={3} label="Loading page" />
    </div>
  );
}

function AppHeader() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // Exercise pages, Body and Insights belong to Progress, not to the Exercises catalogue or More.
  const onProgress = ['/progress', '/body', '/insights'].some((to) => pathname.startsWith(to)) || /^\/exercises\/[^/]+/.test(pathname);
  const onSecondary =
    !onProgress && (pathname === '/more' || MORE_DESTINATIONS.some(({ to }) => pathname.startsWith(to)));
  const logout = useLogout();
  const queryClient = useQueryClient();

  async function signOut() {
    const [{ queueState }, { clearDeviceData }] = await Promise.all([import('../../lib/offline/change-queue'), import('../../lib/offline/device-data')]);
    const { waiting } = queueState();
    // Signing out deletes what waits on the device: never without asking.
    if (waiting > 0 && !window.confirm(`${waiting === 1 ? '1 change has' : `${waiting} changes have`} not reached the server yet and will be lost. Sign out anyway?`)) return;
    // Reads still in flight (a refetch on reconnect, say) would land after the session ends and answer 401: stop them first.
    await queryClient.cancelQueries();
    logout.mutate(undefined, {
      onSettled: async () => {
        // Leaving the signed-in screens forgets the cached server data (useForgetServerDataOnLeave).
        await navigate('/sign-in', { replace: true });
        // Nothing personal stays on the device: offline copies, changes not sent yet, drafts.
        await clearDeviceData();
      },
    });
  }
  return (
    <header className="app-header">
      <Link to="/" className="brand">
        FitFolio
      </Link>
      <nav aria-label="Main" className="app-nav">
        <NavLink to="/" end className="app-nav__link">
          Home
        </NavLink>
        <NavLink to="/workout" className="app-nav__link">
          Workout
        </NavLink>
        <NavLink to="/history" className="app-nav__link">
          History
        </NavLink>
        <Link to="/progress" className="app-nav__link" aria-current={onProgress ? 'page' : undefined}>
          Progress
        </Link>
        {SECONDARY_DESTINATIONS.map(({ to, label }) => (
          <NavLink key={to} to={to} end={to === '/exercises'} className="app-nav__link app-nav__link--wide">
            {label}
          </NavLink>
        ))}
        <Link to="/more" className="app-nav__link app-nav__link--more" aria-current={onSecondary ? 'page' : undefined}>
          More
        </Link>
      </nav>
      <button
        type="button"
        className="button button--ghost app-header__signout"
        disabled={logout.isPending}
        onClick={() => void signOut()}
      >
        {logout.isPending ? 'Signing out…' : 'Sign out'}
      </button>
    </header>
  );
}
