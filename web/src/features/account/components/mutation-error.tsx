import { ErrorAlert } from '../../../components/alert';
import { errorMessage, isApiError } from '../../../lib/api/api-error';
import { ReauthNotice } from './reauth-notice';

export function MutationError({ error, message }: { error: unknown; message?: string }) {
  if (!error) return null;
  if (isApiError(error, 'reauth_required')) return <ReauthNotice />;
  return <ErrorAlert>{message ?? errorMessage(error)}</ErrorAlert>;
}
