import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppErrorBoundary } from '../components/app-error-boundary';
import { json, mockFetch, noContent, problem } from '../test/fetch-router';
import { createTestQueryClient } from '../test/render';
import { routes } from './router';

const user = { id: 'u1', email: 'lifter@example.com', displayName: 'Sam', unit: 'kg', timeZone: 'Europe/Berlin', createdAt: '2025-01-01T00:00:00Z' };

function renderApp(path: string, appRoutes: RouteObject[] = routes) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  render(
    <AppErrorBoundary>
      <QueryClientProvider client={createTestQueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </AppErrorBoundary>,
  );
  return router;
}

describe('app routes', () => {
  it('shows a loading state while checking the sign-in', () => {
    mockFetch({ 'GET /api/v1/auth/me': () => new Promise<Response>(() => {}) });
    renderApp('/');

    expect(screen.getByText('Checking your sign-in')).toBeInTheDocument();
  });

  it('welcomes a signed-in user by name on the home page', async () => {
    mockFetch({ 'GET /api/v1/auth/me': () => json({ user }) });
    renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Welcome, Sam' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Passkeys, signed-in devices/ })).toHaveAttribute('href', '/account/security');
  });

  it('sends a signed-out visitor to sign-in and remembers the page', async () => {
    mockFetch({ 'GET /api/v1/auth/me': () => problem(401, 'unauthorized') });
    const router = renderApp('/account/security');

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('?next=%2Faccount%2Fsecurity');
  });

  it('signs out from the header and goes to the sign-in page', async () => {
    const server = mockFetch({
      'GET /api/v1/auth/me': () => json({ user }),
      'POST /api/v1/auth/logout': () => noContent(),
    });
    const events = userEvent.setup();
    const router = renderApp('/');

    await events.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(server.calls('POST /api/v1/auth/logout')).toHaveLength(1);
    expect(server.calls('GET /api/v1/auth/me')).toHaveLength(1);
  });

  it('shows a not-found page for an unknown address', () => {
    mockFetch();
    renderApp('/no/such/page');

    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('shows a friendly page with a reload button when a screen crashes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    mockFetch();
    function Broken(): never {
      throw new Error('boom');
    }
    const crashing: RouteObject[] = [
      { errorElement: routes[0]?.errorElement, children: [{ path: '/', element: <Broken /> }] },
    ];
    renderApp('/', crashing);

    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
  });
});

describe('AppErrorBoundary', () => {
  it('shows a friendly page instead of a blank one when rendering fails outside the router', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw new Error('boom');
    }
    render(
      <AppErrorBoundary>
        <Broken />
      </AppErrorBoundary>,
    );

    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
  });
});

describe('home screen', () => {
  const template = { id: 't1', name: 'Upper A', position: 0, exerciseCount: 5 };
  const program = { id: 'p1', name: 'Upper/Lower', description: null, createdAt: '', updatedAt: '', templates: [template] };
  const started = { id: 'w9', status: 'in_progress', startedAt: '2025-01-08T10:00:00Z', completedAt: null, notes: null, templateId: 't1', templateName: 'Upper A', plan: [], sets: [] };

  function home() {
    return mockFetch({
      'GET /api/v1/auth/me': () => json({ user }),
      'GET /api/v1/programs': () => json({ items: [program] }),
      'GET /api/v1/workouts': (request) =>
        json({
          items:
            request.url.searchParams.get('status') === 'completed'
              ? [{ id: 'w1', status: 'completed', startedAt: '2025-01-07T10:00:00Z', completedAt: '2025-01-07T11:00:00Z', templateName: 'Lower A', setCount: 15, totalVolumeKg: 6000 }]
              : [],
          page: 1,
          pageSize: 1,
          total: 1,
        }),
      'POST /api/v1/workouts': () => json(started, 201),
      'GET /api/v1/workouts/w9': () => json(started),
    });
  }

  it('starts a workout from a template and opens it', async () => {
    const server = home();
    const events = userEvent.setup();
    const router = renderApp('/');

    await events.click(await screen.findByRole('button', { name: 'Start Upper A from Upper/Lower' }));

    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/workouts/w9'));
    expect(server.calls('POST /api/v1/workouts')[0]?.body).toEqual({ templateId: 't1', id: expect.any(String) });
  });

  it('starts an empty workout without a template', async () => {
    const server = home();
    const events = userEvent.setup();
    renderApp('/');

    await events.click(await screen.findByRole('button', { name: 'Start empty workout' }));

    await vi.waitFor(() => expect(server.calls('POST /api/v1/workouts')).toHaveLength(1));
    expect(server.calls('POST /api/v1/workouts')[0]?.body).toEqual({ id: expect.any(String) });
  });

  it('shows the last finished workout', async () => {
    home();
    renderApp('/');

    expect(await screen.findByRole('link', { name: /Lower A/ })).toHaveAttribute('href', '/workouts/w1');
  });
});
