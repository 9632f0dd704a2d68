import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { api } from '../../lib/api/client';
import { json, mockFetch, noContent } from '../../test/fetch-router';
import { createTestQueryClient } from '../../test/render';
import { ProtectedLayout } from './protected-layout';

const user = { id: 'u1', email: 'lifter@example.com', displayName: 'Sam', unit: 'kg', timeZone: 'Europe/Berlin', createdAt: '2025-01-01T00:00:00Z' };

function History() {
  const history = useQuery({ queryKey: ['history'], queryFn: () => api.get<{ items: string[] }>('/workouts') });
  return <h1>{history.data ? `${history.data.items.length} workouts` : 'Loading'}</h1>;
}

/** A read that asks the server with the query's abort signal and never hears back, as a slow refetch would. */
function SlowHistory() {
  const history = useQuery({ queryKey: ['slow-history'], queryFn: ({ signal }) => api.get<{ items: string[] }>('/workouts/slow', { signal }) });
  return <h1>{history.data ? 'Loaded' : 'Still loading'}</h1>;
}

function renderSignedIn({ strict = false, cached = false, page = <History /> } = {}) {
  const server = mockFetch({
    'GET /api/v1/auth/me': () => json({ user }),
    'GET /api/v1/workouts': () => json({ items: ['w1', 'w2'] }),
  });
  const queryClient = createTestQueryClient();
  if (cached) {
    // What a sign-in leaves in the cache, and a screen already seen.
    queryClient.setQueryData(['auth', 'me'], { user });
    queryClient.setQueryData(['history'], { items: ['w1', 'w2'] });
  }
  const router = createMemoryRouter(
    [
      { element: <ProtectedLayout />, children: [{ path: '/', element: page }] },
      { path: '/sign-in', element: <h1>Sign in</h1> },
    ],
    { initialEntries: ['/'] },
  );
  const tree = (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
  render(strict ? <StrictMode>{tree}</StrictMode> : tree);
  return { server, queryClient, router };
}

describe('ProtectedLayout', () => {
  it('forgets every cached server answer once the signed-in screens are left, without asking again first', async () => {
    const { server, queryClient, router } = renderSignedIn();
    expect(await screen.findByRole('heading', { name: '2 workouts' }, { timeout: 5000 })).toBeInTheDocument();

    await act(() => router.navigate('/sign-in', { replace: true }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    await vi.waitFor(() => expect(queryClient.getQueryCache().getAll()).toEqual([]));
    expect(server.calls('GET /api/v1/auth/me')).toHaveLength(1);
    expect(server.calls('GET /api/v1/workouts')).toHaveLength(1);
  });

  it('keeps the cache while it stays on screen, StrictMode remounting included', async () => {
    const { server, queryClient } = renderSignedIn({ strict: true, cached: true });
    expect(await screen.findByRole('heading', { name: '2 workouts' }, { timeout: 5000 })).toBeInTheDocument();

    await act(() => Promise.resolve());

    expect(queryClient.getQueryData(['history'])).toEqual({ items: ['w1', 'w2'] });
    expect(queryClient.getQueryData(['auth', 'me'])).toEqual({ user });
    // Answered from the cache: one cleared by the simulated unmount would have asked the server again.
    expect(server.calls('GET /api/v1/auth/me')).toHaveLength(0);
    expect(server.calls('GET /api/v1/workouts')).toHaveLength(0);
  });

  it('stops the reads still in flight before it signs out, so none lands after the session ends', async () => {
    const { server } = renderSignedIn({ page: <SlowHistory /> });
    server.on('GET /api/v1/workouts/slow', ({ signal }) => new Promise<Response>((_, reject) => signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    let readAbortedAtSignOut: boolean | undefined;
    server.on('POST /api/v1/auth/logout', () => {
      readAbortedAtSignOut = server.calls('GET /api/v1/workouts/slow')[0]?.signal?.aborted;
      return noContent();
    });
    expect(await screen.findByRole('heading', { name: 'Still loading' }, { timeout: 5000 })).toBeInTheDocument();
    await vi.waitFor(() => expect(server.calls('GET /api/v1/workouts/slow')).toHaveLength(1));

    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    await vi.waitFor(() => expect(server.calls('POST /api/v1/auth/logout')).toHaveLength(1), { timeout: 5000 });
    expect(readAbortedAtSignOut).toBe(true);
  });
});
