import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '../test/fetch-router';
import { createTestQueryClient } from '../test/render';
import { routes } from './router';

const user = { id: 'u1', email: 'lifter@example.com', displayName: 'Sam', unit: 'kg', timeZone: 'UTC', createdAt: '2025-01-01T00:00:00Z' };

function renderAt(path: string) {
  mockFetch({ 'GET /api/v1/auth/me': () => json({ user }), 'GET /api/v1/account': () => json(user) });
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <RouterProvider router={createMemoryRouter(routes, { initialEntries: [path] })} />
    </QueryClientProvider>,
  );
}

describe('navigation', () => {
  it('has Progress among at most five tab destinations', async () => {
    renderAt('/');

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const tabs = within(nav)
      .getAllByRole('link')
      .filter((l) => !l.classList.contains('app-nav__link--wide'));
    expect(tabs.map((l) => l.textContent)).toEqual(['Home', 'Workout', 'History', 'Progress', 'More']);
  });

  it('lists Body, Insights and Programs one tap away under More', async () => {
    renderAt('/more');

    const list = await screen.findByRole('list', { name: 'More destinations' });
    expect(within(list).getByRole('link', { name: /^Body/ })).toHaveAttribute('href', '/body');
    expect(within(list).getByRole('link', { name: /^Insights/ })).toHaveAttribute('href', '/insights');
    expect(within(list).getByRole('link', { name: /^Programs/ })).toHaveAttribute('href', '/programs');
  });

  it('marks Progress as the current tab on an exercise page', async () => {
    renderAt('/exercises/bench');

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Progress' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Exercises' })).not.toHaveAttribute('aria-current');
  });
});
