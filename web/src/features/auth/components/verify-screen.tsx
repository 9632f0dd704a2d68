import { useEffect, useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/alert';
import { Spinner } from '../../../components/spinner';
import { errorMessage, isApiError } from '../../../lib/api/api-error';
import { safeNext } from '../../../lib/safe-next';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useVerifyMagicLink } from '../api/verify-magic-link';

/**
 * Landing page of the emailed link. The token is POSTed from script once the page runs, so mail
 * scanners that merely GET the URL never use it up.
 */
export function VerifyScreen() {
  useDocumentTitle('Signing you in');
  const [params] = useSearchParams();
  const token = params.get('token');
  const navigate = useNavigate();
  const verify = useVerifyMagicLink();
  const { mutate } = verify;
  const started = useRef(false);

  useEffect(() => {
    // StrictMode runs effects twice in development; the token is single use, so post it once.
    if (!token || started.current) return;
    started.current = true;
    mutate(
      { token },
      { onSuccess: (data) => navigate(safeNext(data.next), { replace: true }) },
    );
  }, [token, mutate, navigate]);

  const post = (confirm: boolean) =>
    token &&
    mutate(
      confirm ? { token, confirm } : { token },
      { onSuccess: (data) => navigate(safeNext(data.next), { replace: true }) },
    );

  if (!token || isApiError(verify.error, 'invalid_token')) {
    return (
      <main className="page page--auth">
        <div className="auth-card">
          <p className="brand brand--large">FitFolio</p>
          <h1>This link has expired or was already used</h1>
          <p>
            Sign-in links work once and only for 10 minutes. Request a new one and open the newest
            email.
          </p>
          <div className="actions">
            <Link className="button button--primary" to="/sign-in">
              Request a new link
            </Link>
          </div>
        </div>
      </main>
    );
  }

  // A link opened in another browser than the one that asked for it could be an attacker's own link: ask first.
  if (isApiError(verify.error, 'confirmation_required')) {
    const email = typeof verify.error.extensions.email === 'string' ? verify.error.extensions.email : 'this account';
    return (
      <main className="page page--auth">
        <div className="auth-card">
          <p className="brand brand--large">FitFolio</p>
          <h1>Continue as {email}?</h1>
          <p>
            This link was asked for in another browser. Continue only if you asked for it; if you didn’t, close
            this page.
          </p>
          <div className="actions">
            <button type="button" className="button button--primary" onClick={() => post(true)}>
              Continue as {email}
            </button>
            <Link className="button button--secondary" to="/sign-in">
              Not me
            </Link>
          </div>
        </div>
      </main>
    );
  }

  if (verify.isError) {
    return (
      <main className="page page--auth">
        <div className="auth-card">
          <p className="brand brand--large">FitFolio</p>
          <h1>We couldn’t sign you in</h1>
          <ErrorAlert>{errorMessage(verify.error)}</ErrorAlert>
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => post(false)}
            >
              Try again
            </button>
            <Link className="button button--secondary" to="/sign-in">
              Back to sign-in
            </Link>
          </div>
        </div>
      </main>
    );
  }

  return (
    <main className="page page--auth">
      <div className="auth-card auth-card--center">
        <p className="brand brand--large">FitFolio</p>
        <Spinner label="Signing you in" />
        <p aria-hidden="true">Signing you in…</p>
      </div>
    </main>
  );
}
