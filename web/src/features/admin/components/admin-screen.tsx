import { useId, useState, type FormEvent } from 'react';
import { ErrorAlert, LiveStatus } from '../../../components/alert';
import { Confirm } from '../../../components/confirm';
import { SkeletonList } from '../../../components/skeleton-list';
import { SubpageHeader } from '../../../components/subpage-header';
import { errorMessage } from '../../../lib/api/api-error';
import { formatDate, formatRelative } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useChangeUser, type UserChange } from '../api/change-user';
import { useUsers } from '../api/get-users';
import { useCreateInvitation, useInvitations, useRevokeInvitation } from '../api/invitations';
import type { AdminUser, CreatedInvitation, Invitation } from '../api/types';

/** `/admin`: the instance's accounts and invitations, for its admins only (the server answers 403 to anyone else). */
export function AdminScreen() {
  useDocumentTitle('Admin');
  return (
    <div className="page">
      <SubpageHeader back="/more" backLabel="More" title="Admin">
        <p className="muted">Who may use this FitFolio: invite people, and disable or remove accounts.</p>
      </SubpageHeader>
      <InvitationsSection />
      <UsersSection />
    </div>
  );
}

function InvitationsSection() {
  const headingId = useId();
  const emailId = useId();
  const daysId = useId();
  const [email, setEmail] = useState('');
  const [days, setDays] = useState(7);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [status, setStatus] = useState('');
  const invitations = useInvitations();
  const create = useCreateInvitation();
  const revoke = useRevokeInvitation();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const address = email.trim();
    create.mutate(
      { email: address || null, expiresInDays: days },
      {
        onSuccess: (invitation) => {
          setCreated(invitation);
          setEmail('');
          setStatus('Invitation created. Copy its link and send it to them.');
        },
      },
    );
  }

  async function copy(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Link copied.');
    } catch {
      setStatus('Copying is blocked here: select the link and copy it yourself.');
    }
  }

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>Invitations</h2>
      <form className="form" onSubmit={onSubmit} aria-label="New invitation">
        <div className="field">
          <label htmlFor={emailId}>Their email address (optional)</label>
          <input
            id={emailId}
            type="email"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-describedby={`${emailId}-hint`}
          />
          <p id={`${emailId}-hint`} className="muted">
            With an address, only that address can join with the link.
          </p>
        </div>
        <div className="field">
          <label htmlFor={daysId}>Valid for (days)</label>
          <input
            id={daysId}
            type="number"
            min={1}
            max={30}
            required
            value={days}
            onChange={(e) => setDays(Number(e.target.value))}
          />
        </div>
        {create.error && <ErrorAlert>{errorMessage(create.error)}</ErrorAlert>}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create invitation'}
          </button>
        </div>
      </form>
      {created && (
        <div className="card" role="group" aria-label="New invitation link">
          <p>
            Single-use link{created.invitation.email ? ` for ${created.invitation.email}` : ''}, valid until{' '}
            {formatDate(created.invitation.expiresAt)}. It is shown only now.
          </p>
          <p className="break-anywhere">
            <code data-testid="invitation-link">{created.link}</code>
          </p>
          <div className="row-actions">
            <button type="button" className="button button--secondary" onClick={() => void copy(created.link)}>
              Copy link
            </button>
          </div>
        </div>
      )}
      <LiveStatus>{status}</LiveStatus>
      {invitations.isPending ? (
        <SkeletonList rows={2} label="Loading invitations" />
      ) : invitations.isError ? (
        <ErrorAlert>{errorMessage(invitations.error)}</ErrorAlert>
      ) : invitations.data.items.length === 0 ? (
        <p className="muted">No invitations yet.</p>
      ) : (
        <ul className="card-list" aria-label="Invitations">
          {invitations.data.items.map((invitation) => (
            <InvitationRow
              key={invitation.id}
              invitation={invitation}
              busy={revoke.isPending && revoke.variables === invitation.id}
              onRevoke={() => revoke.mutate(invitation.id, { onSuccess: () => setStatus('Invitation revoked.') })}
            />
          ))}
        </ul>
      )}
      {revoke.error && <ErrorAlert>{errorMessage(revoke.error)}</ErrorAlert>}
    </section>
  );
}

const STATUS_LABELS: Record<string, string> = { active: 'Active', used: 'Used', expired: 'Expired', revoked: 'Revoked' };

function InvitationRow({ invitation, busy, onRevoke }: { invitation: Invitation; busy: boolean; onRevoke: () => void }) {
  return (
    <li className="card">
      <h3 className="card__title break-anywhere">{invitation.email ?? 'Anyone with the link'}</h3>
      <p className="muted">
        {STATUS_LABELS[invitation.status] ?? invitation.status}
        {invitation.status === 'used' && invitation.usedByEmail ? ` by ${invitation.usedByEmail}` : ''} · made{' '}
        {formatDate(invitation.createdAt)} · until {formatDate(invitation.expiresAt)}
      </p>
      {invitation.status === 'active' && (
        <div className="row-actions">
          <button type="button" className="button button--secondary" disabled={busy} onClick={onRevoke}>
            {busy ? 'Revoking…' : 'Revoke'}
          </button>
        </div>
      )}
    </li>
  );
}

function UsersSection() {
  const headingId = useId();
  const users = useUsers();
  const change = useChangeUser();
  const [status, setStatus] = useState('');

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>Accounts</h2>
      <LiveStatus>{status}</LiveStatus>
      {change.error && <ErrorAlert>{errorMessage(change.error)}</ErrorAlert>}
      {users.isPending ? (
        <SkeletonList rows={3} label="Loading accounts" />
      ) : users.isError ? (
        <ErrorAlert>{errorMessage(users.error)}</ErrorAlert>
      ) : (
        <ul className="card-list" aria-label="Accounts">
          {users.data.items.map((user) => (
            <UserRow
              key={user.id}
              user={user}
              busy={change.isPending && change.variables.id === user.id}
              onChange={(request, done) => change.mutate(request, { onSuccess: () => setStatus(done) })}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function UserRow({
  user,
  busy,
  onChange,
}: {
  user: AdminUser;
  busy: boolean;
  onChange: (change: UserChange, done: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const workouts = `${user.workoutCount} workout${user.workoutCount === 1 ? '' : 's'}`;
  return (
    <li className="card" aria-label={user.email}>
      <h3 className="card__title break-anywhere">
        {user.email}
        {user.isAdmin ? ' · admin' : ''}
        {user.disabled ? ' · disabled' : ''}
      </h3>
      <p className="muted">
        Joined {formatDate(user.createdAt)} · last seen {user.lastSeenAt ? formatRelative(user.lastSeenAt) : 'never'} ·{' '}
        {workouts}
      </p>
      {confirming ? (
        <Confirm
          label={`Delete ${user.email}`}
          confirmLabel="Delete account"
          busyLabel="Deleting…"
          busy={busy}
          cancelLabel="Keep it"
          onCancel={() => setConfirming(false)}
          onConfirm={() => onChange({ kind: 'delete', id: user.id, confirm: user.email }, `Deleted ${user.email}.`)}
        >
          Delete {user.email} and everything in it: {workouts}, their programs, exercises and body metrics. This
          cannot be undone.
        </Confirm>
      ) : (
        <div className="row-actions">
          {user.disabled ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => onChange({ kind: 'enable', id: user.id }, `Enabled ${user.email}.`)}
            >
              Enable
            </button>
          ) : (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => onChange({ kind: 'disable', id: user.id }, `Disabled ${user.email}; their sessions ended.`)}
            >
              Disable
            </button>
          )}
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => onChange({ kind: 'sign-out', id: user.id }, `Signed ${user.email} out everywhere.`)}
          >
            Sign out everywhere
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() =>
              onChange(
                { kind: user.isAdmin ? 'revoke-admin' : 'grant-admin', id: user.id },
                user.isAdmin ? `${user.email} is no longer an admin.` : `${user.email} is now an admin.`,
              )
            }
          >
            {user.isAdmin ? 'Remove admin' : 'Make admin'}
          </button>
          <button type="button" className="button button--danger" disabled={busy} onClick={() => setConfirming(true)}>
            Delete…
          </button>
        </div>
      )}
    </li>
  );
}
