import { useId, useState, type FormEvent } from 'react';
import { ErrorAlert, LiveStatus } from '../../../components/alert';
import { SkeletonList } from '../../../components/skeleton-list';
import { ApiError, errorMessage } from '../../../lib/api/api-error';
import type { Passkey } from '../../../lib/api/types';
import { formatDate, formatRelative } from '../../../lib/format';
import { passkeyErrorMessage } from '../../../lib/webauthn-error';
import { useDeletePasskey } from '../api/delete-passkey';
import { usePasskeys } from '../api/get-passkeys';
import { useRegisterPasskey } from '../api/register-passkey';
import { useRevokeOtherSessions } from '../api/revoke-other-sessions';
import { useRenamePasskey } from '../api/rename-passkey';
import { MutationError } from './mutation-error';

export function PasskeysSection() {
  const headingId = useId();
  const passkeys = usePasskeys();
  const [status, setStatus] = useState('');
  // Held here, not in the row: a removed passkey's row leaves the list when it refetches, and a
  // mutation's per-call callbacks do not run once the component that started it has unmounted.
  const remove = useDeletePasskey();

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>Passkeys</h2>
      <p className="muted">
        Sign in with your fingerprint, face or screen lock instead of waiting for an email.
      </p>
      <LiveStatus>{status}</LiveStatus>
      {passkeys.isPending ? (
        <SkeletonList rows={2} label="Loading passkeys" />
      ) : passkeys.isError ? (
        <ErrorAlert>{errorMessage(passkeys.error)}</ErrorAlert>
      ) : passkeys.data.items.length === 0 ? (
        <div className="empty-state">
          <p>
            <strong>No passkeys yet.</strong> Add one to sign in on this device without an email
            link.
          </p>
        </div>
      ) : (
        <ul className="card-list" aria-label="Your passkeys">
          {passkeys.data.items.map((passkey) => (
            <PasskeyRow
              key={passkey.id}
              passkey={passkey}
              onStatus={setStatus}
              removing={remove.isPending && remove.variables === passkey.id}
              removeError={remove.variables === passkey.id ? remove.error : null}
              onRemove={() => {
                const name = passkeyName(passkey);
                remove.mutate(passkey.id, { onSuccess: () => setStatus(`${name} was removed.`) });
              }}
              onCancelRemove={() => {
                if (remove.variables === passkey.id) remove.reset();
              }}
            />
          ))}
        </ul>
      )}
      <AddPasskeyForm onStatus={setStatus} />
    </section>
  );
}

function passkeyName(passkey: Passkey): string {
  return passkey.nickname.trim() || 'Unnamed passkey';
}

function PasskeyRow({
  passkey,
  onStatus,
  removing,
  removeError,
  onRemove,
  onCancelRemove,
}: {
  passkey: Passkey;
  onStatus: (s: string) => void;
  removing: boolean;
  removeError: Error | null;
  onRemove: () => void;
  onCancelRemove: () => void;
}) {
  const inputId = useId();
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  const [nickname, setNickname] = useState(passkey.nickname);
  const rename = useRenamePasskey();
  const name = passkeyName(passkey);

  function onRename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = nickname.trim();
    if (!trimmed) return;
    rename.mutate(
      { id: passkey.id, nickname: trimmed },
      {
        onSuccess: () => {
          setMode('view');
          onStatus(`Passkey renamed to ${trimmed}.`);
        },
      },
    );
  }

  return (
    <li className="card">
      {mode === 'rename' ? (
        <form className="inline-form" onSubmit={onRename}>
          <label htmlFor={inputId}>New name for {name}</label>
          <input
            id={inputId}
            type="text"
            value={nickname}
            maxLength={64}
            required
            autoComplete="off"
            onChange={(e) => setNickname(e.target.value)}
          />
          <div className="row-actions">
            <button type="submit" className="button button--primary" disabled={rename.isPending}>
              {rename.isPending ? 'Saving…' : 'Save'}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                rename.reset();
                setNickname(passkey.nickname);
                setMode('view');
              }}
            >
              Cancel
            </button>
          </div>
          <MutationError error={rename.error} />
        </form>
      ) : (
        <>
          <h3 className="card__title">{name}</h3>
          <p className="muted">
            Added <time dateTime={passkey.createdAt}>{formatDate(passkey.createdAt)}</time> ·{' '}
            {passkey.lastUsedAt ? (
              <>
                last used <time dateTime={passkey.lastUsedAt}>{formatRelative(passkey.lastUsedAt)}</time>
              </>
            ) : (
              'never used'
            )}
            {passkey.backedUp && ' · synced'}
          </p>
          {mode === 'confirm-delete' ? (
            <div className="confirm" role="group" aria-label={`Remove ${name}?`}>
              <p>
                Remove <strong>{name}</strong>? You won’t be able to sign in with it any more.
              </p>
              <div className="row-actions">
                <button
                  type="button"
                  className="button button--danger"
                  disabled={removing}
                  onClick={onRemove}
                >
                  {removing ? 'Removing…' : 'Yes, remove'}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    onCancelRemove();
                    setMode('view');
                  }}
                >
                  Keep it
                </button>
              </div>
            </div>
          ) : (
            <div className="row-actions">
              <button
                type="button"
                className="button button--secondary"
                aria-label={`Rename ${name}`}
                onClick={() => setMode('rename')}
              >
                Rename
              </button>
              <button
                type="button"
                className="button button--secondary"
                aria-label={`Remove ${name}`}
                onClick={() => setMode('confirm-delete')}
              >
                Remove
              </button>
            </div>
          )}
          <MutationError error={removeError} />
        </>
      )}
    </li>
  );
}

function AddPasskeyForm({ onStatus }: { onStatus: (s: string) => void }) {
  const inputId = useId();
  const [nickname, setNickname] = useState('');
  const [otherSessions, setOtherSessions] = useState(0);
  const register = useRegisterPasskey();
  const endOthers = useRevokeOtherSessions();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onStatus('');
    register.mutate(
      { nickname },
      {
        onSuccess: (passkey) => {
          setNickname('');
          setOtherSessions(passkey.otherSessions);
          onStatus(`Passkey “${passkeyName(passkey)}” added.`);
        },
      },
    );
  }

  function onEndOthers() {
    endOthers.mutate(undefined, {
      onSuccess: (ended) => {
        setOtherSessions(0);
        onStatus(`Signed out ${ended} other ${ended === 1 ? 'device' : 'devices'}.`);
      },
    });
  }

  const error = register.error;
  return (
    <form className="form add-passkey" onSubmit={onSubmit}>
      {otherSessions > 0 && (
        <div className="alert alert--warning" role="group" aria-label="Other devices">
          <p>
            You are also signed in on {otherSessions} other {otherSessions === 1 ? 'device' : 'devices'}. If
            any of them is not yours, sign them out now.
          </p>
          <MutationError error={endOthers.error} />
          <div className="actions">
            <button type="button" className="button button--secondary" disabled={endOthers.isPending} onClick={onEndOthers}>
              {endOthers.isPending ? 'Signing out…' : `Sign out the other ${otherSessions === 1 ? 'device' : 'devices'}`}
            </button>
          </div>
        </div>
      )}
      <div className="field">
        <label htmlFor={inputId}>
          Name for the new passkey <span className="muted">(optional)</span>
        </label>
        <input
          id={inputId}
          type="text"
          value={nickname}
          maxLength={64}
          placeholder="e.g. My phone"
          autoComplete="off"
          onChange={(e) => setNickname(e.target.value)}
        />
      </div>
      {error &&
        (error instanceof ApiError ? (
          <MutationError error={error} />
        ) : (
          <ErrorAlert>{passkeyErrorMessage(error, 'registration')}</ErrorAlert>
        ))}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={register.isPending}>
          {register.isPending ? 'Follow your device’s prompt…' : 'Add a passkey'}
        </button>
      </div>
    </form>
  );
}
