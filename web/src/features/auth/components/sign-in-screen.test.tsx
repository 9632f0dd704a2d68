import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '../../../test/fetch-router';
import { renderRoutes } from '../../../test/render';
import { SignInScreen } from './sign-in-screen';

const browser = vi.hoisted(() => ({
  startAuthentication: vi.fn(),
  cancelCeremony: vi.fn(),
}));

vi.mock('@simplewebauthn/browser', () => ({
  startAuthentication: browser.startAuthentication,
  WebAuthnAbortService: { cancelCeremony: browser.cancelCeremony },
}));

const user = { id: 'u1', email: 'lifter@example.com', displayName: 'Lifter', unit: 'kg', timeZone: 'UTC', createdAt: '2025-01-01T00:00:00Z' };

function renderSignIn(path = '/sign-in') {
  return renderRoutes([{ path: '/sign-in', element: <SignInScreen /> }], { path });
}

async function submitEmail(events: ReturnType<typeof userEvent.setup>, email = 'lifter@example.com') {
  await events.type(screen.getByLabelText('Email address'), email);
  await events.click(screen.getByRole('button', { name: 'Email me a sign-in link' }));
}

describe('SignInScreen', () => {
  beforeEach(() => {
    browser.startAuthentication.mockReset();
  });

  it('says the account was deleted when it lands here after deleting it', () => {
    mockFetch();
    renderSignIn('/sign-in?account=deleted');

    expect(screen.getByText('Your account and everything in it were deleted.')).toBeInTheDocument();
  });

  it('offers passkeys in the email field autofill', () => {
    mockFetch();
    renderSignIn();

    expect(screen.getByLabelText('Email address')).toHaveAttribute('autocomplete', 'username webauthn');
  });

  it('shows "Check your inbox" after the email is submitted', async () => {
    const server = mockFetch({ 'POST /api/v1/auth/magic-link/start': () => json({ message: 'Sent' }, 202) });
    const events = userEvent.setup();
    renderSignIn();

    await submitEmail(events);

    expect(await screen.findByRole('heading', { name: 'Check your inbox' })).toBeInTheDocument();
    expect(screen.getByText('lifter@example.com')).toBeInTheDocument();
    expect(server.calls('POST /api/v1/auth/magic-link/start')[0]?.body).toEqual({ email: 'lifter@example.com' });
  });

  it('sends the local next path from the query string with the request', async () => {
    const server = mockFetch({ 'POST /api/v1/auth/magic-link/start': () => json({ message: 'Sent' }, 202) });
    const events = userEvent.setup();
    renderSignIn('/sign-in?next=%2Faccount%2Fsecurity');

    await submitEmail(events);

    await screen.findByRole('heading', { name: 'Check your inbox' });
    expect(server.calls('POST /api/v1/auth/magic-link/start')[0]?.body).toEqual({
      email: 'lifter@example.com',
      next: '/account/security',
    });
  });

  it('drops a next parameter that points to another site', async () => {
    const server = mockFetch({ 'POST /api/v1/auth/magic-link/start': () => json({ message: 'Sent' }, 202) });
    const events = userEvent.setup();
    renderSignIn('/sign-in?next=%2F%2Fevil.example');

    await submitEmail(events);

    await screen.findByRole('heading', { name: 'Check your inbox' });
    expect(server.calls('POST /api/v1/auth/magic-link/start')[0]?.body).toEqual({ email: 'lifter@example.com' });
  });

  it('keeps the resend button disabled with a visible countdown for 60 seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    mockFetch({ 'POST /api/v1/auth/magic-link/start': () => json({ message: 'Sent' }, 202) });
    const events = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderSignIn();

    await submitEmail(events);

    expect(await screen.findByRole('button', { name: 'Resend link in 60 s' })).toBeDisabled();
    act(() => vi.advanceTimersByTime(30_000));
    expect(screen.getByRole('button', { name: /Resend link in (30|29) s/ })).toBeDisabled();
    act(() => vi.advanceTimersByTime(31_000));
    expect(screen.getByRole('button', { name: 'Resend link' })).toBeEnabled();
  });

  it('announces that a new link was sent after a resend', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const server = mockFetch({ 'POST /api/v1/auth/magic-link/start': () => json({ message: 'Sent' }, 202) });
    const events = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderSignIn();
    await submitEmail(events);
    await screen.findByRole('heading', { name: 'Check your inbox' });
    act(() => vi.advanceTimersByTime(61_000));

    await events.click(screen.getByRole('button', { name: 'Resend link' }));

    expect(await screen.findByText('We sent a new link to lifter@example.com.')).toBeInTheDocument();
    expect(server.calls('POST /api/v1/auth/magic-link/start')).toHaveLength(2);
  });

  it('explains a rate limit and counts down from Retry-After', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    mockFetch({
      'POST /api/v1/auth/magic-link/start': () => problem(429, 'rate_limited', {}, { 'Retry-After': '17' }),
    });
    const events = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderSignIn();

    await submitEmail(events);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts. Please wait 17 seconds and try again.',
    );
    expect(screen.getByRole('button', { name: 'Try again in 17 s' })).toBeDisabled();
  });

  it('signs in with a passkey and goes to the next page', async () => {
    const server = mockFetch({
      'POST /api/v1/auth/webauthn/authenticate/start': () => json({ challengeId: 'c1', options: { challenge: 'abc' } }),
      'POST /api/v1/auth/webauthn/authenticate/finish': () => json({ user }),
    });
    browser.startAuthentication.mockResolvedValue({ id: 'cred-1' });
    const events = userEvent.setup();
    renderSignIn('/sign-in?next=%2Faccount%2Fsecurity');

    await events.click(screen.getByRole('button', { name: 'Sign in with a passkey' }));

    expect(await screen.findByTestId('location')).toHaveTextContent('/account/security');
    expect(browser.startAuthentication).toHaveBeenCalledWith({
      optionsJSON: { challenge: 'abc' },
      useBrowserAutofill: false,
    });
    expect(server.calls('POST /api/v1/auth/webauthn/authenticate/finish')[0]?.body).toEqual({
      challengeId: 'c1',
      credential: { id: 'cred-1' },
    });
  });

  it('says so when the passkey prompt is cancelled', async () => {
    mockFetch({
      'POST /api/v1/auth/webauthn/authenticate/start': () => json({ challengeId: 'c1', options: { challenge: 'abc' } }),
    });
    browser.startAuthentication.mockRejectedValue(Object.assign(new Error('cancelled'), { name: 'NotAllowedError' }));
    const events = userEvent.setup();
    renderSignIn();

    await events.click(screen.getByRole('button', { name: 'Sign in with a passkey' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(/Passkey sign-in was cancelled/);
  });

  it('starts passkey autofill on mount when conditional mediation is available', async () => {
    vi.stubGlobal('PublicKeyCredential', { isConditionalMediationAvailable: () => Promise.resolve(true) });
    const server = mockFetch({
      'POST /api/v1/auth/webauthn/authenticate/start': () => json({ challengeId: 'c2', options: { challenge: 'xyz' } }),
    });
    browser.startAuthentication.mockReturnValue(new Promise(() => {}));
    renderSignIn();

    await waitFor(() =>
      expect(browser.startAuthentication).toHaveBeenCalledWith({
        optionsJSON: { challenge: 'xyz' },
        useBrowserAutofill: true,
      }),
    );
    expect(server.calls('POST /api/v1/auth/webauthn/authenticate/start')[0]?.body).toEqual({});
    expect(screen.getByRole('button', { name: 'Email me a sign-in link' })).toBeEnabled();
  });

  it('signs in when the user picks a passkey from the autofill list', async () => {
    vi.stubGlobal('PublicKeyCredential', { isConditionalMediationAvailable: () => Promise.resolve(true) });
    mockFetch({
      'POST /api/v1/auth/webauthn/authenticate/start': () => json({ challengeId: 'c3', options: { challenge: 'q' } }),
      'POST /api/v1/auth/webauthn/authenticate/finish': () => json({ user }),
    });
    browser.startAuthentication.mockResolvedValue({ id: 'cred-2' });
    renderSignIn('/sign-in?next=%2Faccount%2Fsecurity');

    expect(await screen.findByTestId('location')).toHaveTextContent('/account/security');
  });

  it('stays quiet when passkey autofill cannot get a challenge', async () => {
    vi.stubGlobal('PublicKeyCredential', { isConditionalMediationAvailable: () => Promise.resolve(true) });
    const server = mockFetch({
      'POST /api/v1/auth/webauthn/authenticate/start': () => problem(503, 'dependency_unavailable'),
    });
    renderSignIn();

    await waitFor(() => expect(server.calls('POST /api/v1/auth/webauthn/authenticate/start')).toHaveLength(1));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));

    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does not start passkey autofill when the browser cannot offer it', async () => {
    vi.stubGlobal('PublicKeyCredential', { isConditionalMediationAvailable: () => Promise.resolve(false) });
    const server = mockFetch();
    renderSignIn();

    await act(async () => {});

    expect(server.calls('POST /api/v1/auth/webauthn/authenticate/start')).toHaveLength(0);
  });

  it('never asks for the development mailbox where the instance says it is off', async () => {
    const server = mockFetch({
      'GET /api/v1/instance': () => json({ devMailbox: false }),
      'POST /api/v1/auth/magic-link/start': () => json({ message: 'Sent' }, 202),
    });
    const events = userEvent.setup();
    renderSignIn();

    await submitEmail(events);

    await screen.findByRole('heading', { name: 'Check your inbox' });
    await waitFor(() => expect(server.calls('GET /api/v1/instance').length).toBeGreaterThan(0));
    expect(server.calls('GET /api/v1/dev/mailbox')).toHaveLength(0);
    expect(screen.queryByRole('link', { name: 'development mailbox' })).not.toBeInTheDocument();
  });

  it('points to the development mailbox where the instance has one', async () => {
    const server = mockFetch({
      'GET /api/v1/instance': () => json({ devMailbox: true }),
      'POST /api/v1/auth/magic-link/start': () => json({ message: 'Sent' }, 202),
    });
    const events = userEvent.setup();
    renderSignIn();

    await submitEmail(events);

    expect(await screen.findByRole('link', { name: 'development mailbox' })).toHaveAttribute('href', '/dev/mailbox');
    expect(server.calls('GET /api/v1/dev/mailbox')).toHaveLength(0);
  });
});
