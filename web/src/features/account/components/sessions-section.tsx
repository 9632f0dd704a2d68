import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert, LiveStatus } from '../../../components/alert';
import { SkeletonList } from '../../../components/skeleton-list';
import { errorMessage } from '../../../lib/api/api-error';
import type { Session } from '../../../lib/api/types';
import { formatDate, formatRelative } from '../../../lib/format';
import { describeUserAgent } from '../../../lib/user-agent';
import { useSessions } from '../api/get-sessions';
import { useLogoutAll } from '../api/logout-all';
import { useRevokeSession } from '../api/revoke-session';
import { MutationError } from './mutation-error';

export function SessionsSection() {
  const headingId = useId();
  const sessions = useSessions();
  const [status, setStatus] = useState('');
  // Held here, not in the row: a revoked session's row leaves the list when it refetches, and a
  // mutation's per-call callbacks do not run once the component that started it has unmounted.
  const revoke = useRevokeSession();

  // The current device first, then the most recently used.
  const items = sessions.data
    ? [...sessions.data.items].sort(
        (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt),
      )
    : [];

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>Where you’re signed in</h2>
      <LiveStatus>{status}</LiveStatus>
      {sessions.isPending ? (
        <SkeletonList rows={2} label="Loading sessions" />
      ) : sessions.isError ? (
        <ErrorAlert>{errorMessage(sessions.error)}</ErrorAlert>
      ) : items.length === 0 ? (
        <div className="empty-state">
          <p>No active sessions.</p>
        </div>
      ) : (
        <ul className="card-list" aria-label="Active sessions">
          {items.map((session) => (
            <SessionRow
              key={session.id}
              session={session}
              revoking={revoke.isPending && revoke.variables === session.id}
              busy={revoke.isPending}
              error={revoke.variables === session.id ? revoke.error : null}
              onRevoke={() => {
                const device = describeUserAgent(session.userAgent);
                revoke.mutate(session.id, { onSuccess: () => setStatus(`Signed out ${device}.`) });
              }}
            />
          ))}
        </ul>
      )}
      <SignOutEverywhere />
    </section>
  );
}

function SessionRow({
  session,
  revoking,
  busy,
  error,
  onRevoke,
}: {
  session: Session;
  revoking: boolean;
  busy: boolean;
  error: Error | null;
  onRevoke: () => void;
}) {
  const device = describeUserAgent(session.userAgent);
  return (
    <li className="card">
      <h3 className="card__title">
        {device}
        {session.current && <span className="badge">This device</span>}
      </h3>
      <p className="muted">
        {session.ipAddress ?? 'Unknown address'} · active{' '}
        <time dateTime={session.lastSeenAt}>{formatRelative(session.lastSeenAt)}</time> · signed in{' '}
        <time dateTime={session.createdAt}>{formatDate(session.createdAt)}</time>
      </p>
      {!session.current && (
        <div className="row-actions">
          <button
            type="button"
            className="button button--secondary"
            aria-label={`Sign out ${device}, last active ${formatRelative(session.lastSeenAt)}`}
            disabled={busy}
            onClick={onRevoke}
          >
            {revoking ? 'Signing out…' : 'Sign out'}
          </button>
        </div>
      )}
      <MutationError error={error} />
    </li>
  );
}

function SignOutEverywhere() {
  const navigate = useNavigate();
  const logoutAll = useLogoutAll();
  const [confirming, setConfirming] = useState(false);

  if (!confirming) {
    return (
      <div className="actions">
        <button type="button" className="button button--danger-outline" onClick={() => setConfirming(true)}>
          Sign out everywhere
        </button>
      </div>
    );
  }
  return (
    <div className="confirm" role="group" aria-label="Sign out everywhere?">
      <p>This signs you out on every device, including this one.</p>
      <MutationError error={logoutAll.error} />
      <div className="actions">
        <button
          type="button"
          className="button button--danger"
          disabled={logoutAll.isPending}
          onClick={() =>
            logoutAll.mutate(undefined, {
              // Leaving the signed-in screens forgets the cached server data.
              onSuccess: () => void navigate('/sign-in', { replace: true }),
            })
          }
        >
          {logoutAll.isPending ? 'Signing out…' : 'Yes, sign out everywhere'}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            logoutAll.reset();
            setConfirming(false);
          }}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
