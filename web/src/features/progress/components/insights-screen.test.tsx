import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '../../../test/fetch-router';
import { renderRoutes } from '../../../test/render';
import { accountKg, catalogue, insights } from './fixtures.test-data';
import { InsightsScreen } from './insights-screen';

function renderInsights(answer: () => Response | Promise<Response> = () => json(insights)) {
  mockFetch({
    'GET /api/v1/account': () => json(accountKg),
    'GET /api/v1/exercises': () => json(catalogue),
    'GET /api/v1/analytics/insights': answer,
  });
  renderRoutes([{ path: '/insights', element: <InsightsScreen /> }], { path: '/insights' });
}

describe('InsightsScreen', () => {
  it('shows a loading state first', () => {
    renderInsights(() => new Promise<Response>(() => {}));

    expect(screen.getByText('Loading insights')).toBeInTheDocument();
  });

  it('words each correlation without claiming a cause, with n, r, ρ and p', async () => {
    renderInsights();

    const list = await screen.findByRole('list', { name: 'Correlations' });
    const sleep = within(list).getByRole('heading', { name: 'Sleep hours' }).closest('li') as HTMLElement;
    expect(sleep).toHaveTextContent(
      'On days with more sleep your lifts were somewhat stronger (moderate, n = 24). This shows they move together, not that one causes the other.',
    );
    expect(sleep.querySelector('dl')).toHaveTextContent('n24r0.41ρ0.38p0.047');

    const weight = within(list).getByRole('heading', { name: 'Body weight' }).closest('li') as HTMLElement;
    expect(weight).toHaveTextContent('On days with a higher body weight your lifts were slightly weaker (weak, n = 12).');
    expect(weight).toHaveTextContent('With p = 0.71 this could also be chance.');
    expect(list).not.toHaveTextContent(/because|causes? (?!the other)|leads to|makes you/);
  });

  it('lists each trend with its 95 % confidence interval', async () => {
    renderInsights();

    await screen.findAllByRole('link', { name: 'Bench Press' });
    const table = screen.getByRole('table', { name: /95 % confidence interval/ });
    const rows = within(table).getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual([
      'ExerciseWeekskg/week95 % CIn',
      'Bench Pressno clear change4+2.5−0.5 to +5.54',
      'Bench Pressgetting stronger8+1.25+0.5 to +28',
    ]);
  });

  it('explains that correlations need at least 10 paired days', async () => {
    renderInsights(() => json({ trends: [], plateaus: [], correlations: [] }));

    expect(await screen.findByText(/needs at least 10 days/)).toBeInTheDocument();
    expect(screen.getByText(/A trend needs at least 4 sessions/)).toBeInTheDocument();
    expect(screen.getByText(/No plateaus/)).toBeInTheDocument();
  });

  it('shows the error when insights cannot be loaded', async () => {
    renderInsights(() => problem(500, 'internal_error'));

    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });
});
