import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '../../../test/fetch-router';
import { renderRoutes } from '../../../test/render';
import { accountKg, catalogue, day, insights } from './fixtures.test-data';
import { ProgressScreen } from './progress-screen';

const volume = {
  items: [
    { weekStart: '2026-11-16', key: 'chest', volumeKg: 2000, hardSets: 6 },
    { weekStart: '2026-11-30', key: 'chest', volumeKg: 1500, hardSets: 4.5 },
    { weekStart: '2026-11-30', key: 'triceps', volumeKg: 750, hardSets: 2 },
  ],
};
const prs = {
  items: [{ setId: 's9', workoutId: 'w3', exerciseId: 'bench', type: 'heaviest', value: 102.5, previous: 100, achievedAt: '2026-11-27T10:00:00Z' }],
};
const metrics = {
  items: [day('2026-11-30', { sleepHours: 8 }), day('2026-11-24', { bodyWeightKg: 80 }), day('2026-11-27', { bodyWeightKg: 81 })],
};
const empty = () => json({ items: [] });

function renderProgress(routes: Parameters<typeof mockFetch>[0] = {}) {
  const server = mockFetch({
    'GET /api/v1/account': () => json(accountKg),
    'GET /api/v1/exercises': () => json(catalogue),
    'GET /api/v1/analytics/volume': () => json(volume),
    'GET /api/v1/analytics/prs': () => json(prs),
    'GET /api/v1/analytics/insights': () => json(insights),
    'GET /api/v1/metrics/daily': () => json(metrics),
    ...routes,
  });
  renderRoutes([{ path: '/progress', element: <ProgressScreen /> }], { path: '/progress' });
  return server;
}

function tableRows(name: string) {
  return within(screen.getByRole('table', { name })).getAllByRole('row').map((r) => r.textContent);
}

describe('ProgressScreen', () => {
  beforeEach(() => {
    // Monday 30 November 2026 in the account's zone (UTC).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-30T12:00:00Z'));
  });

  it('shows loading placeholders first', () => {
    renderProgress({ 'GET /api/v1/analytics/volume': () => new Promise<Response>(() => {}) });

    expect(screen.getByText('Loading volume')).toBeInTheDocument();
  });

  it('charts the weekly volume of the most trained muscle and lists the same numbers as a table', async () => {
    const server = renderProgress();
    const user = userEvent.setup();

    const chart = await screen.findByRole('img', { name: /Weekly volume: Chest, 12 weeks; this week 1,500 kg, highest 2,000 kg/ });
    expect(chart).toBeInTheDocument();
    expect(server.calls('GET /api/v1/analytics/volume')[0]?.url.searchParams.toString()).toBe('from=2026-09-14&by=muscle');
    const volumeSection = screen.getByRole('region', { name: 'Weekly volume by muscle' });
    await user.click(within(volumeSection).getByRole('button', { name: 'Table' }));

    const rows = tableRows('Weekly volume: Chest');
    expect(rows).toHaveLength(13);
    expect(rows.slice(-3)).toEqual(['Nov 162,000 kg', 'Nov 230 kg', 'Nov 301,500 kg']);

    await user.click(within(volumeSection).getByRole('button', { name: 'Hard sets' }));
    await user.selectOptions(within(volumeSection).getByLabelText('Muscle'), 'triceps');
    expect(tableRows('Weekly hard sets: Triceps').at(-1)).toBe('Nov 302');
  });

  it('lists recent records with the previous best, linked to the exercise', async () => {
    renderProgress();

    const list = await screen.findByRole('list', { name: 'Records of the last 4 weeks' });
    expect(within(list).getByRole('link', { name: 'Bench Press' })).toHaveAttribute('href', '/exercises/bench');
    expect(within(list).getByText('Heaviest weight: 102.5 kg, up from 100 kg')).toBeInTheDocument();
  });

  it('shows body weight with its 7-day average', async () => {
    renderProgress();
    const user = userEvent.setup();

    const section = await screen.findByRole('region', { name: 'Body weight' });
    await within(section).findByRole('img', { name: /latest 81 kg on Nov 27, 2026, 7-day average 80.5 kg/ });
    await user.click(within(section).getByRole('button', { name: 'Table' }));

    expect(tableRows('Body weight and 7-day average')).toEqual(['DateBody weight (kg)7-day average (kg)', 'Nov 2480 kg80 kg', 'Nov 2781 kg80.5 kg']);
  });

  it('notes plateaus and the longest trend of each exercise', async () => {
    renderProgress();

    const notes = await screen.findByRole('region', { name: 'Notes' });
    expect(within(notes).getByText(/Back Squat may have stalled/)).toBeInTheDocument();
    expect(within(notes).getByText(/Bench Press: getting stronger, \+1.25 kg\/week e1RM over 8 weeks \(95 % CI \+0.5 to \+2, n = 8\)/)).toBeInTheDocument();
    expect(within(notes).queryByText(/over 4 weeks/)).not.toBeInTheDocument();
  });

  it('explains each empty section', async () => {
    renderProgress({
      'GET /api/v1/analytics/volume': empty,
      'GET /api/v1/analytics/prs': empty,
      'GET /api/v1/metrics/daily': empty,
      'GET /api/v1/analytics/insights': () => json({ trends: [], plateaus: [], correlations: [] }),
    });

    expect(await screen.findByText(/No finished workouts in the last 12 weeks/)).toBeInTheDocument();
    expect(await screen.findByText(/No new records in the last 4 weeks/)).toBeInTheDocument();
    expect(await screen.findByText(/No body weight logged/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Notes' })).not.toBeInTheDocument();
  });

  it('shows an error where a request failed and the rest of the page', async () => {
    renderProgress({ 'GET /api/v1/analytics/prs': () => problem(500, 'internal_error') });

    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Body weight' })).toBeInTheDocument();
  });

  it('links to the body and insights screens', async () => {
    renderProgress();

    expect(screen.getByRole('link', { name: 'Body' })).toHaveAttribute('href', '/body');
    expect(screen.getByRole('link', { name: 'Insights' })).toHaveAttribute('href', '/insights');
  });
});
