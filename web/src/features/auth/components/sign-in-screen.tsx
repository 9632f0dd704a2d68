import { startAuthentication, WebAuthnAbortService } from '@simplewebauthn/browser';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useId, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert, LiveStatus } from '../../../components/alert';
import { errorMessage, isApiError } from '../../../lib/api/api-error';
import type { User } from '../../../lib/api/types';
import { safeNext } from '../../../lib/safe-next';
import { useCountdown } from '../../../lib/use-countdown';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { conditionalMediationAvailable, passkeyErrorMessage } from '../../../lib/webauthn-error';
import { rememberSignedInUser } from '../api/get-me';
import {
  finishPasskeyAuthentication,
  startPasskeyAuthentication,
  usePasskeySignIn,
} from '../api/sign-in-with-passkey';
import { useStartMagicLink } from '../api/start-magic-link';
import { DevMailboxHint } from './dev-mailbox-hint';

const RESEND_COOLDOWN_SECONDS = 60;

export function SignInScreen() {
  useDocumentTitle('Sign in');
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const invitation = params.get('invitation');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const emailId = useId();

  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [autofillError, setAutofillError] = useState<string | null>(null);
  const cooldown = useCountdown();
  const magicLink = useStartMagicLink();
  const passkey = usePasskeySignIn();

  // Reads the latest `next` when the ceremony ends, without restarting the ceremony when it changes.
  const signedIn = useEffectEvent((user: User) => {
    rememberSignedInUser(queryClient, user);
    navigate(next, { replace: true });
  });

  // Passkey autofill (conditional mediation) runs in the background; the form stays usable.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      if (!(await conditionalMediationAvailable()) || cancelled) return;
      let ceremony;
      try {
        const { challengeId, options } = await startPasskeyAuthentication({});
        if (cancelled) return;
        const credential = await startAuthentication({ optionsJSON: options, useBrowserAutofill: true });
        ceremony = { challengeId, credential };
      } catch {
        // No challenge (server busy) or the prompt was dismissed or replaced by the button's
        // ceremony: the email form still works, so there is nothing to say.
        return;
      }
      try {
        const { user } = await finishPasskeyAuthentication(ceremony);
        if (cancelled) return;
        signedIn(user);
      } catch (error) {
        if (!cancelled) setAutofillError(passkeyErrorMessage(error, 'sign-in'));
      }
    })();
    return () => {
      cancelled = true;
      WebAuthnAbortService.cancelCeremony();
    };
  }, []);

  function sendLink(address: string) {
    setStatus('Sending your sign-in link…');
    magicLink.mutate(
      { email: address, ...(next !== '/' ? { next } : {}), ...(invitation ? { invitation } : {}) },
      {
        onSuccess: () => {
          const resent = sentTo !== null;
          setSentTo(address);
          setStatus(resent ? `We sent a new link to ${address}.` : '');
          cooldown.start(RESEND_COOLDOWN_SECONDS);
        },
        onError: (error) => {
          setStatus('');
          if (isApiError(error, 'rate_limited')) {
            cooldown.start(error.retryAfterSeconds ?? RESEND_COOLDOWN_SECONDS);
          }
        },
      },
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const address = email.trim();
    if (address) sendLink(address);
  }

  function onPasskey() {
    setAutofillError(null);
    passkey.mutate(
      { email: email.trim() || undefined },
      { onSuccess: () => navigate(next, { replace: true }) },
    );
  }

  const waiting = cooldown.secondsLeft > 0;
  const linkError = magicLink.error ? errorMessage(magicLink.error) : null;

  if (sentTo !== null) {
    return (
      <main className="page page--auth">
        <div className="auth-card">
          <p className="brand brand--large">FitFolio</p>
          <h1>Check your inbox</h1>
          <p>
            We sent a sign-in link to <strong className="break-anywhere">{sentTo}</strong>. Open it on
            this device; it works once and expires in 10 minutes.
          </p>
          <p className="muted">No email? Check your spam folder, or send a new link.</p>
          <DevMailboxHint />
          <LiveStatus>{status}</LiveStatus>
          {linkError && <ErrorAlert>{linkError}</ErrorAlert>}
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              disabled={waiting || magicLink.isPending}
              onClick={() => sendLink(sentTo)}
            >
              {waiting ? `Resend link in ${cooldown.secondsLeft} s` : 'Resend link'}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                magicLink.reset();
                setStatus('');
                setSentTo(null);
              }}
            >
              Use a different email
            </button>
          </div>
        </div>
      </main>
    );
  }

  return (
    <main className="page page--auth">
      <div className="auth-card">
        <p className="brand brand--large">FitFolio</p>
        <h1>{invitation ? 'You’re invited' : 'Sign in'}</h1>
        {params.get('account') === 'deleted' && (
          <p role="status">
            <strong>Your account and everything in it were deleted.</strong>
          </p>
        )}
        <p className="muted">
          No password needed. We’ll email you a sign-in link, or use a passkey on this device.
        </p>
        <form className="form" onSubmit={onSubmit}>
          <div className="field">
            <label htmlFor={emailId}>Email address</label>
            <input
              id={emailId}
              name="email"
              type="email"
              inputMode="email"
              autoComplete="username webauthn"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-describedby={linkError ? `${emailId}-error` : undefined}
            />
          </div>
          <LiveStatus>{status}</LiveStatus>
          {linkError && (
            <div id={`${emailId}-error`}>
              <ErrorAlert>{linkError}</ErrorAlert>
            </div>
          )}
          {passkey.error && <ErrorAlert>{passkeyErrorMessage(passkey.error, 'sign-in')}</ErrorAlert>}
          {autofillError && <ErrorAlert>{autofillError}</ErrorAlert>}
          <div className="actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={magicLink.isPending || waiting}
            >
              {magicLink.isPending
                ? 'Sending…'
                : waiting
                  ? `Try again in ${cooldown.secondsLeft} s`
                  : 'Email me a sign-in link'}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={passkey.isPending}
              onClick={onPasskey}
            >
              {passkey.isPending ? 'Waiting for your passkey…' : 'Sign in with a passkey'}
            </button>
          </div>
        </form>
        <p className="fine-print">
          {invitation
            ? 'Enter your email address: the link we send creates your account.'
            : 'New here? Your first sign-in link creates your account, if this FitFolio is open to new people.'}
        </p>
      </div>
    </main>
  );
}
