import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '../../../test/fetch-router';
import { renderRoutes } from '../../../test/render';
import { HistoryScreen } from './history-screen';

function item(n: number) {
  return { id: `w${n}`, status: 'completed', startedAt: '2025-01-08T10:00:00Z', completedAt: '2025-01-08T11:00:00Z', templateName: `Day ${n}`, setCount: 12, totalVolumeKg: 4000 };
}

function renderHistory() {
  const server = mockFetch({
    'GET /api/v1/workouts': (request) => {
      const page = Number(request.url.searchParams.get('page'));
      return json({ items: [item(page)], page, pageSize: 20, total: 25 });
    },
  });
  renderRoutes([{ path: '/history', element: <HistoryScreen /> }], { path: '/history' });
  return server;
}

describe('HistoryScreen', () => {
  it('lists workouts with their sets and volume, linked to their log', async () => {
    renderHistory();

    const link = await screen.findByRole('link', { name: /Day 1/ });
    expect(link).toHaveAttribute('href', '/workouts/w1');
    expect(within(link).getByText(`12 sets · ${(4000).toLocaleString()} kg`)).toBeInTheDocument();
  });

  it('asks the server for the next page of older workouts', async () => {
    const server = renderHistory();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Older' }));

    expect(await screen.findByRole('link', { name: /Day 2/ })).toBeInTheDocument();
    expect(server.calls('GET /api/v1/workouts').at(-1)?.url.searchParams.get('page')).toBe('2');
  });
});
