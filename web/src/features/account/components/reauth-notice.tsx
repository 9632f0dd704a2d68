import { Link, useLocation } from 'react-router';

/** Shown on 403 reauth_required: sensitive changes need a sign-in from the last few minutes. */
export function ReauthNotice() {
  const location = useLocation();
  const next = encodeURIComponent(`${location.pathname}${location.search}`);
  return (
    <div className="alert alert--warning" role="alert">
      <p>
        <strong>Please sign in again.</strong> For your security, this change needs a sign-in from
        the last 10 minutes. Sign in again, then retry.
      </p>
      <Link className="button button--primary" to={`/sign-in?next=${next}`}>
        Sign in again
      </Link>
    </div>
  );
}
