import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '../../../test/fetch-router';
import { renderRoutes } from '../../../test/render';
import { ExerciseScreen } from './exercise-screen';
import { noRecords } from '../../../test/analytics';
import { accountKg, accountLb, benchRecords, catalogue } from './fixtures.test-data';

const progress = {
  items: [
    { date: '2026-11-06', workoutId: 'w1', value: 90.72 },
    { date: '2026-11-13', workoutId: 'w2', value: 99.79 },
    { date: '2026-11-20', workoutId: 'w3', value: 102.06 },
  ],
};
const history = {
  items: [
    {
      workoutId: 'w3',
      date: '2026-11-20',
      sets: [
        { id: 'a', reps: 5, weightKg: 60, rpe: null, setType: 'warmup', notes: null, e1rmKg: 70 },
        { id: 'b', reps: 1, weightKg: 102.06, rpe: 9, setType: 'working', notes: null, e1rmKg: 102.06 },
      ],
    },
  ],
  page: 1,
  pageSize: 10,
  total: 1,
};

function renderExercise(routes: Parameters<typeof mockFetch>[0] = {}, account: object = accountKg) {
  const server = mockFetch({
    'GET /api/v1/account': () => json(account),
    'GET /api/v1/exercises': () => json(catalogue),
    'GET /api/v1/exercises/bench/records': () => json(benchRecords),
    'GET /api/v1/exercises/bench/progress': () => json(progress),
    'GET /api/v1/exercises/bench/history': () => json(history),
    ...routes,
  });
  renderRoutes([{ path: '/exercises/:exerciseId', element: <ExerciseScreen /> }], { path: '/exercises/bench' });
  return server;
}

describe('ExerciseScreen', () => {
  it('shows loading placeholders until the records arrive', () => {
    renderExercise({ 'GET /api/v1/exercises/bench/records': () => new Promise<Response>(() => {}) });

    expect(screen.getByText('Loading records')).toBeInTheDocument();
  });

  it('shows the records, rep maxes and history in the user’s unit', async () => {
    renderExercise({}, accountLb);

    expect(await screen.findByRole('heading', { name: 'Bench Press', level: 1 })).toBeInTheDocument();
    const records = await screen.findByRole('region', { name: 'Records' });
    expect(within(records).getByText('Heaviest').nextElementSibling).toHaveTextContent('225 lb');
    expect(within(records).getByText('Most reps').nextElementSibling).toHaveTextContent('12 reps');
    expect(within(records).getByText('Best session volume').nextElementSibling).toHaveTextContent(`${(3375).toLocaleString()} lb`);

    const repMaxes = within(screen.getByRole('region', { name: 'Rep maxes' })).getAllByRole('row');
    expect(repMaxes).toHaveLength(13);
    expect(repMaxes[5]).toHaveTextContent(/^5RM220.5 lb/);
    expect(repMaxes[2]).toHaveTextContent(/^2RM—$/);

    const sessions = await screen.findByRole('list', { name: 'Sessions, newest first' });
    expect(within(sessions).getByRole('link', { name: /Nov 20, 2026/ })).toHaveAttribute('href', '/workouts/w3');
    expect(within(sessions).getByLabelText('Warm-up')).toBeInTheDocument();
    expect(within(sessions).getByText('225 lb × 1 @9')).toBeInTheDocument();
  });

  it('names each rep max by its rep count, 1RM to 12RM', async () => {
    renderExercise();

    const table = await screen.findByRole('region', { name: 'Rep maxes' });
    const rowHeaders = within(table).getAllByRole('rowheader').map((th) => th.textContent);
    expect(rowHeaders).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}RM`));
    expect(within(table).getByRole('rowheader', { name: '5RM' }).closest('tr')).toHaveTextContent('100 kg');
  });

  it('lists the chart’s values in its table view', async () => {
    renderExercise();
    const user = userEvent.setup();

    const chart = await screen.findByRole('img', { name: /Estimated 1-rep max over 3 sessions/ });
    expect(chart).toHaveAccessibleName(expect.stringContaining('best 102 kg'));
    // Drawn as SVG, without the style attributes the Content-Security-Policy blocks (styles set through the
    // CSSOM, like the label boxes' sizes, are allowed and show as [style] on the spans).
    await waitFor(() => expect(chart.querySelector('svg.ct-chart-line')).not.toBeNull());
    expect(chart.querySelectorAll('.ct-point')).toHaveLength(3);
    expect(chart.querySelector('svg[style], foreignObject[style]')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Table' }));

    const rows = within(screen.getByRole('table', { name: 'Estimated 1-rep max (kg)' })).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(['DateEstimated 1-rep max (kg)', 'Nov 690.5 kg', 'Nov 13100 kg', 'Nov 20102 kg']);
  });

  it('asks for another metric and range', async () => {
    const server = renderExercise();
    const user = userEvent.setup();
    await screen.findByRole('img', { name: /Estimated 1-rep max/ });

    await user.click(screen.getByRole('button', { name: 'Top set' }));
    await user.click(screen.getByRole('button', { name: 'All' }));

    const last = server.calls('GET /api/v1/exercises/bench/progress').at(-1);
    expect(last?.url.searchParams.get('metric')).toBe('topSet');
    expect(last?.url.searchParams.has('from')).toBe(false);
    expect(server.calls('GET /api/v1/exercises/bench/progress')[0]?.url.searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await screen.findByRole('img', { name: /Top set weight/ })).toBeInTheDocument();
  });

  it('explains what sets the first records when there are none', async () => {
    renderExercise({
      'GET /api/v1/exercises/bench/records': () => json(noRecords),
      'GET /api/v1/exercises/bench/progress': () => json({ items: [] }),
      'GET /api/v1/exercises/bench/history': () => json({ items: [], page: 1, pageSize: 10, total: 0 }),
    });

    expect(await screen.findByText(/No records yet/)).toBeInTheDocument();
    expect(await screen.findByText('No sessions in this range yet.')).toBeInTheDocument();
    expect(await screen.findByText('Not done in a finished workout yet.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Rep maxes' })).not.toBeInTheDocument();
  });

  it('shows the error of a request that failed', async () => {
    renderExercise({ 'GET /api/v1/exercises/bench/history': () => problem(500, 'internal_error', { detail: 'Something broke' }) });

    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });

  it('says so for an exercise that is not there', async () => {
    renderExercise({ 'GET /api/v1/exercises/bench/records': () => problem(404, 'not_found') });

    expect(await screen.findByRole('heading', { name: 'Exercise not found' })).toBeInTheDocument();
  });
});
