import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/alert';
import { SkeletonList } from '../../../components/skeleton-list';
import { SubpageHeader } from '../../../components/subpage-header';
import { useAccount } from '../../../lib/account/get-account';
import { errorMessage } from '../../../lib/api/api-error';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAccountContents } from '../api/get-account-contents';
import { useDeleteAccount } from '../api/delete-account';
import { MutationError } from './mutation-error';

function counted(count: number | undefined, one: string, many = `${one}s`): string {
  if (count === undefined) return many.charAt(0).toUpperCase() + many.slice(1);
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** `/settings/delete-account`: what goes, typed confirmation with the account's email, then the sign-in page. */
export function DeleteAccountScreen() {
  useDocumentTitle('Delete account');
  const account = useAccount();
  return (
    <div className="page page--narrow">
      <SubpageHeader back="/settings" backLabel="Settings" title="Delete your account" />
      {account.isPending ? (
        <SkeletonList rows={3} label="Loading your account" />
      ) : account.isError ? (
        <ErrorAlert>{errorMessage(account.error)}</ErrorAlert>
      ) : (
        <DeleteAccountForm email={account.data.email} />
      )}
    </div>
  );
}

function DeleteAccountForm({ email }: { email: string }) {
  const confirmId = useId();
  const hintId = useId();
  const navigate = useNavigate();
  const { contents, passkeys } = useAccountContents();
  const [typed, setTyped] = useState('');
  const deletion = useDeleteAccount();
  const matches = typed.trim() === email;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!matches) return;
    deletion.mutate(
      { confirm: typed.trim() },
      {
        // Leaving the signed-in screens forgets the deleted user's cached data.
        onSuccess: () => void navigate('/sign-in?account=deleted', { replace: true }),
      },
    );
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <div className="alert alert--warning">
        <p>
          <strong>This cannot be undone.</strong> Everything in the account <strong className="break-anywhere">{email}</strong>{' '}
          is deleted at once, on every device:
        </p>
        <ul className="danger-list" aria-label="What will be deleted">
          <li>{counted(contents?.workouts, 'workout')}, with every set logged in them</li>
          <li>{counted(contents?.programs, 'program')} and their workout templates</li>
          <li>{counted(contents?.customExercises, 'custom exercise')}</li>
          <li>{counted(passkeys, 'passkey')}, your signed-in devices and sign-in activity</li>
          <li>Your settings and any import not yet committed</li>
        </ul>
        <p>
          Want to keep a copy? <Link to="/settings">Download an export</Link> first.
        </p>
      </div>
      <div className="field">
        <label htmlFor={confirmId}>Type your email address to confirm</label>
        <input
          id={confirmId}
          type="email"
          value={typed}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          aria-describedby={hintId}
          onChange={(e) => setTyped(e.target.value)}
        />
        <span id={hintId} className="muted">
          Exactly as it is: <span className="break-anywhere">{email}</span>
        </span>
      </div>
      <MutationError error={deletion.error} />
      <div className="actions">
        <button type="submit" className="button button--danger" disabled={!matches || deletion.isPending}>
          {deletion.isPending ? 'Deleting…' : 'Delete my account and all its data'}
        </button>
        <Link to="/settings" className="button button--secondary">
          Keep my account
        </Link>
      </div>
    </form>
  );
}
