import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '../../../test/fetch-router';
import { createTestQueryClient, LocationProbe, renderRoutes } from '../../../test/render';
import { VerifyScreen } from './verify-screen';

const user = { id: 'u1', email: 'lifter@example.com', displayName: 'Lifter', unit: 'kg', timeZone: 'UTC', createdAt: '2025-01-01T00:00:00Z' };
const routes = [{ path: '/auth/verify', element: <VerifyScreen /> }];

describe('VerifyScreen', () => {
  it('sends nothing until the page has mounted', async () => {
    const server = mockFetch({ 'POST /api/v1/auth/magic-link/verify': () => json({ user, next: '/' }) });
    const router = createMemoryRouter([...routes, { path: '*', element: <LocationProbe /> }], {
      initialEntries: ['/auth/verify?token=tok-1'],
    });

    expect(server.requests).toHaveLength(0);

    render(
      <QueryClientProvider client={createTestQueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Signing you in');
    await waitFor(() => expect(server.calls('POST /api/v1/auth/magic-link/verify')).toHaveLength(1));
  });

  it('posts the token in the request body, never in a GET', async () => {
    const server = mockFetch({ 'POST /api/v1/auth/magic-link/verify': () => json({ user, next: '/' }) });
    renderRoutes(routes, { path: '/auth/verify?token=tok-1' });

    await screen.findByTestId('location');

    expect(server.calls('POST /api/v1/auth/magic-link/verify')[0]?.body).toEqual({ token: 'tok-1' });
    expect(server.requests.filter((r) => r.method === 'GET' && r.url.search.includes('tok-1'))).toHaveLength(0);
  });

  it('goes to the next page the server returns after signing in', async () => {
    mockFetch({ 'POST /api/v1/auth/magic-link/verify': () => json({ user, next: '/account/security' }) });
    renderRoutes(routes, { path: '/auth/verify?token=tok-1' });

    expect(await screen.findByTestId('location')).toHaveTextContent('/account/security');
  });

  it('goes home instead of to a next page on another site', async () => {
    mockFetch({ 'POST /api/v1/auth/magic-link/verify': () => json({ user, next: '//evil.example' }) });
    renderRoutes(routes, { path: '/auth/verify?token=tok-1' });

    expect(await screen.findByTestId('location')).toHaveTextContent(/^\/$/);
  });

  it('posts the single-use token only once under StrictMode', async () => {
    const server = mockFetch({ 'POST /api/v1/auth/magic-link/verify': () => json({ user, next: '/' }) });
    renderRoutes(routes, { path: '/auth/verify?token=tok-1', wrapper: (ui) => <StrictMode>{ui}</StrictMode> });

    await screen.findByTestId('location');

    expect(server.calls('POST /api/v1/auth/magic-link/verify')).toHaveLength(1);
  });

  it('explains an expired or used link and offers a new one', async () => {
    mockFetch({ 'POST /api/v1/auth/magic-link/verify': () => problem(400, 'invalid_token') });
    renderRoutes(routes, { path: '/auth/verify?token=old' });

    expect(
      await screen.findByRole('heading', { name: 'This link has expired or was already used' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Request a new link' })).toHaveAttribute('href', '/sign-in');
  });

  it('shows the expired-link message without calling the server when the token is missing', () => {
    const server = mockFetch();
    renderRoutes(routes, { path: '/auth/verify' });

    expect(screen.getByRole('heading', { name: 'This link has expired or was already used' })).toBeInTheDocument();
    expect(server.requests).toHaveLength(0);
  });

  it('offers to try again when the server cannot be reached', async () => {
    mockFetch({ 'POST /api/v1/auth/magic-link/verify': () => problem(503, 'dependency_unavailable') });
    renderRoutes(routes, { path: '/auth/verify?token=tok-1' });

    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/trouble right now/);
  });

  it('asks "Continue as …?" for a link opened in another browser and signs in only after the click', async () => {
    let calls = 0;
    const server = mockFetch({
      'POST /api/v1/auth/magic-link/verify': () =>
        ++calls === 1 ? problem(409, 'confirmation_required', { email: 'k…@example.com' }) : json({ user, next: '/' }),
    });
    renderRoutes(routes, { path: '/auth/verify?token=tok-1' });

    expect(await screen.findByRole('heading', { name: 'Continue as k…@example.com?' })).toBeInTheDocument();
    expect(server.calls('POST /api/v1/auth/magic-link/verify')).toHaveLength(1);
    screen.getByRole('button', { name: 'Continue as k…@example.com' }).click();

    await screen.findByTestId('location');
    expect(server.calls('POST /api/v1/auth/magic-link/verify')[1]?.body).toEqual({ token: 'tok-1', confirm: true });
  });

  it('offers a way out when the link is not yours', async () => {
    mockFetch({ 'POST /api/v1/auth/magic-link/verify': () => problem(409, 'confirmation_required', { email: 'm…@example.com' }) });
    renderRoutes(routes, { path: '/auth/verify?token=tok-1' });

    expect(await screen.findByRole('link', { name: 'Not me' })).toHaveAttribute('href', '/sign-in');
  });
});
