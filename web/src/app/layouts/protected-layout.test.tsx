import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { api } from '../../lib/api/client';
import { json, mockFetch } from '../../test/fetch-router';
import { createTestQueryClient } from '../../test/render';
import { ProtectedLayout } from './protected-layout';

const user = { id: 'u1', email: 'lifter@example.com', displayName: 'Sam', unit: 'kg', timeZone: 'Europe/Berlin', createdAt: '2025-01-01T00:00:00Z' };

function History() {
  const history = useQuery({ queryKey: ['history'], queryFn: () => api.get<{ items: string[] }>('/workouts') });
  return <h1>{history.data ? `${history.data.items.length} workouts` : 'Loading'}</h1>;
}

function renderSignedIn({ strict = false, cached = false } = {}) {
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
      { element: <ProtectedLayout />, children: [{ path: '/', element: <History /> }] },
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
});
