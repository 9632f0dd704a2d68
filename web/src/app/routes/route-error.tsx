import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorFallback } from '../../components/error-fallback';
import { NotFoundScreen } from './not-found-screen';

/** The router's errorElement: a friendly page (with a reload button) instead of a blank one. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundScreen />;
  console.error('Route error', error);
  return <ErrorFallback />;
}
