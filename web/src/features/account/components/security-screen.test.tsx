import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, noContent, problem, type FetchRouter } from '../../../test/fetch-router';
import { renderRoutes } from '../../../test/render';
import { SecurityScreen } from './security-screen';

const browser = vi.hoisted(() => ({ startRegistration: vi.fn() }));
vi.mock('@simplewebauthn/browser', () => ({ startRegistration: browser.startRegistration }));

const passkey = {
  id: 'pk1',
  nickname: 'Pixel 9',
  createdAt: '2025-01-02T10:00:00Z',
  lastUsedAt: null,
  transports: ['internal', 'hybrid'],
  backedUp: true,
};
const thisDevice = {
  id: 's1',
  createdAt: '2025-01-01T10:00:00Z',
  lastSeenAt: '2025-01-03T10:00:00Z',
  expiresAt: '2025-01-15T10:00:00Z',
  ipAddress: '203.0.113.5',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  current: true,
};
const otherDevice = {
  ...thisDevice,
  id: 's2',
  ipAddress: '198.51.100.7',
  userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
  current: false,
};
const events = {
  items: [
    { id: 'e1', type: 'sign_in', createdAt: '2025-01-03T10:00:00Z', ipAddress: '203.0.113.5', userAgent: null, extra: { method: 'passkey' } },
    { id: 'e2', type: 'brand_new_event', createdAt: '2025-01-02T10:00:00Z', ipAddress: null, userAgent: null, extra: null },
  ],
  page: 1,
  pageSize: 20,
  total: 2,
};

function backend(overrides: Parameters<typeof mockFetch>[0] = {}): FetchRouter {
  return mockFetch({
    'GET /api/v1/auth/passkeys': () => json({ items: [passkey] }),
    'GET /api/v1/auth/sessions': () => json({ items: [otherDevice, thisDevice] }),
    'GET /api/v1/auth/events': () => json(events),
    ...overrides,
  });
}

function renderSecurity() {
  return renderRoutes([{ path: '/account/security', element: <SecurityScreen /> }], { path: '/account/security' });
}

function section(name: string) {
  return screen.getByRole('region', { name });
}

describe('SecurityScreen', () => {
  beforeEach(() => {
    browser.startRegistration.mockReset();
  });

  it('shows loading placeholders before the lists arrive', () => {
    backend();
    renderSecurity();

    expect(screen.getByText('Loading passkeys')).toBeInTheDocument();
    expect(screen.getByText('Loading sessions')).toBeInTheDocument();
  });

  it('lists passkeys with their nickname and when they were last used', async () => {
    backend();
    renderSecurity();

    const item = await within(section('Passkeys')).findByRole('listitem');
    expect(within(item).getByRole('heading', { name: 'Pixel 9' })).toBeInTheDocument();
    expect(item).toHaveTextContent('never used');
  });

  it('shows an empty state when there are no passkeys', async () => {
    backend({ 'GET /api/v1/auth/passkeys': () => json({ items: [] }) });
    renderSecurity();

    expect(await within(section('Passkeys')).findByText('No passkeys yet.')).toBeInTheDocument();
  });

  it('marks the current session as this device and offers no sign-out for it', async () => {
    backend();
    renderSecurity();

    const items = await within(section('Where you’re signed in')).findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Firefox on Linux');
    expect(within(items[0]!).getByText('This device')).toBeInTheDocument();
    expect(within(items[0]!).queryByRole('button')).not.toBeInTheDocument();
    expect(within(items[1]!).getByRole('button', { name: /Sign out Safari on iOS/ })).toBeInTheDocument();
  });

  it('revokes another session and says so once its row is gone', async () => {
    let sessions = [otherDevice, thisDevice];
    const server = backend({
      'GET /api/v1/auth/sessions': () => json({ items: sessions }),
      'DELETE /api/v1/auth/sessions/s2': () => {
        sessions = [thisDevice];
        return noContent();
      },
    });
    const user = userEvent.setup();
    renderSecurity();

    await user.click(await screen.findByRole('button', { name: /Sign out Safari on iOS/ }));

    expect(await screen.findByText('Signed out Safari on iOS.')).toBeInTheDocument();
    expect(within(section('Where you’re signed in')).getAllByRole('listitem')).toHaveLength(1);
    expect(server.calls('DELETE /api/v1/auth/sessions/s2')[0]?.headers.get('X-CSRF-Token')).toBe('csrf-1');
  });

  it('asks the user to sign in again when revoking needs a recent sign-in', async () => {
    backend({ 'DELETE /api/v1/auth/sessions/s2': () => problem(403, 'reauth_required') });
    const user = userEvent.setup();
    renderSecurity();

    await user.click(await screen.findByRole('button', { name: /Sign out Safari on iOS/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Please sign in again.');
    expect(screen.getByRole('link', { name: 'Sign in again' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Faccount%2Fsecurity',
    );
  });

  it('asks the user to sign in again when removing a passkey needs a recent sign-in', async () => {
    const server = backend({ 'DELETE /api/v1/auth/passkeys/pk1': () => problem(403, 'reauth_required') });
    const user = userEvent.setup();
    renderSecurity();

    await user.click(await screen.findByRole('button', { name: 'Remove Pixel 9' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));

    expect(await screen.findByRole('link', { name: 'Sign in again' })).toBeInTheDocument();
    expect(server.calls('DELETE /api/v1/auth/passkeys/pk1')).toHaveLength(1);
  });

  it('removes a passkey only after the user confirms, and says so once its row is gone', async () => {
    let passkeys = [passkey];
    const server = backend({
      'GET /api/v1/auth/passkeys': () => json({ items: passkeys }),
      'DELETE /api/v1/auth/passkeys/pk1': () => {
        passkeys = [];
        return noContent();
      },
    });
    const user = userEvent.setup();
    renderSecurity();

    await user.click(await screen.findByRole('button', { name: 'Remove Pixel 9' }));
    expect(server.calls('DELETE /api/v1/auth/passkeys/pk1')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));

    expect(await screen.findByText('Pixel 9 was removed.')).toBeInTheDocument();
    expect(within(section('Passkeys')).getByText('No passkeys yet.')).toBeInTheDocument();
  });

  it('renames a passkey inline', async () => {
    const server = backend({
      'PATCH /api/v1/auth/passkeys/pk1': (request) => json({ ...passkey, ...(request.body as object) }),
    });
    const user = userEvent.setup();
    renderSecurity();

    await user.click(await screen.findByRole('button', { name: 'Rename Pixel 9' }));
    const input = screen.getByLabelText('New name for Pixel 9');
    await user.clear(input);
    await user.type(input, 'Work laptop');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Passkey renamed to Work laptop.')).toBeInTheDocument();
    expect(server.calls('PATCH /api/v1/auth/passkeys/pk1')[0]?.body).toEqual({ nickname: 'Work laptop' });
  });

  it('adds a passkey with the chosen nickname and fetches a new CSRF token afterwards', async () => {
    let issued = 0;
    const server = backend({
      'GET /api/v1/auth/csrf': () => json({ token: `csrf-${++issued}` }),
      'POST /api/v1/auth/webauthn/register/start': () => json({ challengeId: 'ch1', options: { challenge: 'c' } }),
      'POST /api/v1/auth/webauthn/register/finish': () => json({ ...passkey, id: 'pk2', nickname: 'My phone' }, 201),
      'DELETE /api/v1/auth/sessions/s2': () => noContent(),
    });
    browser.startRegistration.mockResolvedValue({ id: 'new-cred' });
    const user = userEvent.setup();
    renderSecurity();

    await user.type(screen.getByLabelText(/Name for the new passkey/), 'My phone');
    await user.click(screen.getByRole('button', { name: 'Add a passkey' }));
    expect(await screen.findByText('Passkey “My phone” added.')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: /Sign out Safari on iOS/ }));

    expect(server.calls('POST /api/v1/auth/webauthn/register/finish')[0]?.body).toEqual({
      challengeId: 'ch1',
      credential: { id: 'new-cred' },
      nickname: 'My phone',
    });
    await waitFor(() =>
      expect(server.calls('DELETE /api/v1/auth/sessions/s2')[0]?.headers.get('X-CSRF-Token')).toBe('csrf-2'),
    );
  });

  it('offers to sign out the other devices after a passkey is added and ends only those', async () => {
    const server = backend({
      'POST /api/v1/auth/webauthn/register/start': () => json({ challengeId: 'ch1', options: { challenge: 'c' } }),
      'POST /api/v1/auth/webauthn/register/finish': () =>
        json({ ...passkey, id: 'pk2', nickname: 'My phone', otherSessions: 1 }, 201),
      'DELETE /api/v1/auth/sessions/s2': () => noContent(),
    });
    browser.startRegistration.mockResolvedValue({ id: 'new-cred' });
    const user = userEvent.setup();
    renderSecurity();

    await user.click(screen.getByRole('button', { name: 'Add a passkey' }));
    await user.click(await screen.findByRole('button', { name: 'Sign out the other device' }));

    expect(await screen.findByText('Signed out 1 other device.')).toBeInTheDocument();
    expect(server.calls('DELETE /api/v1/auth/sessions/s2')).toHaveLength(1);
    expect(server.calls('DELETE /api/v1/auth/sessions/s1')).toHaveLength(0);
  });

  it('explains a cancelled passkey prompt', async () => {
    backend({
      'POST /api/v1/auth/webauthn/register/start': () => json({ challengeId: 'ch1', options: { challenge: 'c' } }),
    });
    browser.startRegistration.mockRejectedValue(Object.assign(new Error('nope'), { name: 'NotAllowedError' }));
    const user = userEvent.setup();
    renderSecurity();

    await user.click(screen.getByRole('button', { name: 'Add a passkey' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Passkey setup was cancelled or timed out.');
  });

  it('asks the user to sign in again when adding a passkey needs a recent sign-in', async () => {
    backend({ 'POST /api/v1/auth/webauthn/register/start': () => problem(403, 'reauth_required') });
    const user = userEvent.setup();
    renderSecurity();

    await user.click(screen.getByRole('button', { name: 'Add a passkey' }));

    expect(await screen.findByRole('link', { name: 'Sign in again' })).toBeInTheDocument();
    expect(browser.startRegistration).not.toHaveBeenCalled();
  });

  it('signs out everywhere and goes to the sign-in page', async () => {
    const server = backend({ 'POST /api/v1/auth/logout-all': () => noContent() });
    const user = userEvent.setup();
    renderSecurity();

    await user.click(await screen.findByRole('button', { name: 'Sign out everywhere' }));
    await user.click(screen.getByRole('button', { name: 'Yes, sign out everywhere' }));

    expect(await screen.findByTestId('location')).toHaveTextContent('/sign-in');
    expect(server.calls('POST /api/v1/auth/logout-all')).toHaveLength(1);
  });

  it('shows friendly labels for sign-in activity and the raw type for unknown events', async () => {
    backend();
    renderSecurity();

    const activity = section('Recent sign-in activity');
    expect(await within(activity).findByText('Signed in with passkey')).toBeInTheDocument();
    expect(within(activity).getByText('brand_new_event')).toBeInTheDocument();
  });

  it('pages through older sign-in activity', async () => {
    const server = backend({
      'GET /api/v1/auth/events': (request) =>
        json({
          ...events,
          total: 45,
          page: Number(request.url.searchParams.get('page')),
          items: request.url.searchParams.get('page') === '2' ? [{ ...events.items[0], id: 'e21', type: 'logout' }] : events.items,
        }),
    });
    const user = userEvent.setup();
    renderSecurity();

    await user.click(await screen.findByRole('button', { name: 'Older' }));

    expect(await screen.findByText('Signed out')).toBeInTheDocument();
    expect(screen.getByText('Page 2 of 3')).toBeInTheDocument();
    expect(server.calls('GET /api/v1/auth/events').at(-1)?.url.search).toBe('?page=2&pageSize=20');
  });

  it('shows an empty state when there is no activity', async () => {
    backend({ 'GET /api/v1/auth/events': () => json({ items: [], page: 1, pageSize: 20, total: 0 }) });
    renderSecurity();

    expect(await screen.findByText('No activity yet.')).toBeInTheDocument();
  });

  it('shows a plain-words error when a list cannot be loaded', async () => {
    backend({ 'GET /api/v1/auth/sessions': () => problem(500, 'server_error') });
    renderSecurity();

    expect(await within(section('Where you’re signed in')).findByRole('alert')).toHaveTextContent(
      'Something went wrong on our side. Please try again.',
    );
  });
});
