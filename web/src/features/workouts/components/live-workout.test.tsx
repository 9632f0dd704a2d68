import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { json, mockFetch, type RecordedRequest } from '../../../test/fetch-router';
import { renderRoutes } from '../../../test/render';
import { restTimerStorageKey } from './use-rest-timer';
import { WorkoutScreen } from './workout-screen';

const account = { id: 'u1', email: 'a@example.com', displayName: 'Sam', unit: 'kg', timeZone: 'UTC', createdAt: '2025-01-01T00:00:00Z' };
const bench = {
  exerciseId: 'bench',
  exerciseName: 'Bench Press',
  sets: 2,
  repsMin: 5,
  repsMax: 8,
  restSeconds: 180,
  targetRpe: null,
  targetWeightKg: 95,
  notes: null,
  last: { performedAt: '2025-01-01T10:00:00Z', weightKg: 100, reps: 5 },
};
const workout = {
  id: 'w1',
  status: 'in_progress',
  startedAt: '2025-01-08T10:00:00Z',
  completedAt: null,
  notes: null,
  templateId: 't1',
  templateName: 'Upper A',
  plan: [bench],
  sets: [],
};

function echoSet(request: RecordedRequest) {
  const body = request.body as Record<string, unknown>;
  return json({ id: request.path.split('/').pop(), exerciseName: 'Bench Press', notes: null, ...body }, 201);
}

function renderWorkout(routes: Parameters<typeof mockFetch>[0] = {}) {
  const server = mockFetch({
    'GET /api/v1/account': () => json(account),
    'GET /api/v1/workouts/w1': () => json(workout),
    ...routes,
  });
  const view = renderRoutes([{ path: '/workouts/:workoutId', element: <WorkoutScreen /> }], { path: '/workouts/w1' });
  return { server, ...view };
}

function setPuts(server: { requests: RecordedRequest[] }) {
  return server.requests.filter((r) => r.method === 'PUT' && r.path.startsWith('/api/v1/workouts/w1/sets/'));
}

async function firstSet() {
  return screen.findByRole('listitem', { name: 'Set 1 of Bench Press' });
}

describe('LiveWorkout', () => {
  beforeEach(() => localStorage.clear());

  it('pre-fills the next set with what was lifted last time', async () => {
    renderWorkout();

    const row = await firstSet();
    expect(within(row).getByLabelText('Weight (kg)')).toHaveValue(100);
    expect(within(row).getByLabelText('Reps')).toHaveValue(5);
    expect(screen.getByText('Last: 100 kg × 5')).toBeInTheDocument();
  });

  it('steps the weight by 2.5 kg and the reps by one', async () => {
    renderWorkout();
    const user = userEvent.setup();
    const row = await firstSet();

    await user.click(within(row).getByRole('button', { name: 'Increase Weight (kg) by 2.5' }));
    await user.click(within(row).getByRole('button', { name: 'Decrease Reps by 1' }));

    expect(within(row).getByLabelText('Weight (kg)')).toHaveValue(102.5);
    expect(within(row).getByLabelText('Reps')).toHaveValue(4);
  });

  it('logs a set with one tap under the row’s own set id', async () => {
    const { server } = renderWorkout({ 'PUT /api/v1/workouts/w1/sets/*': echoSet });
    const user = userEvent.setup();
    const row = await firstSet();

    await user.click(within(row).getByRole('button', { name: 'Log set' }));

    expect(await screen.findByText('Logged set 1 of Bench Press: 100 kg × 5.')).toBeInTheDocument();
    const [put] = setPuts(server);
    expect(put?.path).toMatch(/^\/api\/v1\/workouts\/w1\/sets\/[0-9a-f-]{36}$/);
    expect(put?.body).toMatchObject({ exerciseId: 'bench', reps: 5, weightKg: 100, setType: 'working' });
  });

  it('keeps a failed set marked as not saved and retries it with the same set id', async () => {
    let attempts = 0;
    const { server } = renderWorkout({
      'PUT /api/v1/workouts/w1/sets/*': (request) => {
        attempts += 1;
        if (attempts === 1) throw new TypeError('Failed to fetch');
        return echoSet(request);
      },
    });
    const user = userEvent.setup();
    const row = await firstSet();

    await user.click(within(row).getByRole('button', { name: 'Log set' }));
    expect(await within(row).findByText('Not saved — retry')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('Logged set 1 of Bench Press: 100 kg × 5.')).toBeInTheDocument();
    const puts = setPuts(server);
    expect(puts).toHaveLength(2);
    expect(puts[1]?.path).toBe(puts[0]?.path);
    expect(puts[1]?.body).toEqual(puts[0]?.body);
  });

  it('gives each planned set its own id', async () => {
    const { server } = renderWorkout({ 'PUT /api/v1/workouts/w1/sets/*': echoSet });
    const user = userEvent.setup();

    await user.click(within(await firstSet()).getByRole('button', { name: 'Log set' }));
    await screen.findByText(/Logged set 1/);
    await user.click(within(screen.getByRole('listitem', { name: 'Set 2 of Bench Press' })).getByRole('button', { name: 'Log set' }));
    await screen.findByText(/Logged set 2/);

    const [first, second] = setPuts(server);
    expect(first?.path).not.toBe(second?.path);
  });

  it('starts the planned rest timer when a set is logged', async () => {
    renderWorkout({ 'PUT /api/v1/workouts/w1/sets/*': echoSet });
    const user = userEvent.setup();

    await user.click(within(await firstSet()).getByRole('button', { name: 'Log set' }));

    const timer = await screen.findByRole('timer', { name: 'Rest time left' });
    expect(timer.textContent).toMatch(/^(3:00|2:59)$/);
    expect(localStorage.getItem(restTimerStorageKey('w1'))).toContain('"durationSeconds":180');
  });

  it('shows the summary after finishing', async () => {
    renderWorkout({
      'POST /api/v1/workouts/w1/complete': () =>
        json({ id: 'w1', status: 'completed', completedAt: '2025-01-08T11:05:00Z', summary: { durationSeconds: 3900, setCount: 12, totalVolumeKg: 5432.4 } }),
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Finish workout' }));

    expect(await screen.findByRole('heading', { name: 'Workout complete' })).toBeInTheDocument();
    expect(screen.getByText('1 h 05 min')).toBeInTheDocument();
    expect(screen.getByText('12')).toBeInTheDocument();
    expect(screen.getByText(`${(5432).toLocaleString()} kg`)).toBeInTheDocument();
  });

  it('asks before abandoning a workout', async () => {
    const { server } = renderWorkout({ 'POST /api/v1/workouts/w1/abandon': () => json({ id: 'w1', status: 'abandoned' }) });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Abandon workout' }));

    expect(screen.getByRole('group', { name: 'Abandon this workout?' })).toBeInTheDocument();
    expect(server.calls('POST /api/v1/workouts/w1/abandon')).toHaveLength(0);
  });

  it('adds an ad-hoc exercise pre-filled from its last performance', async () => {
    renderWorkout({
      'GET /api/v1/exercises': () =>
        json({ items: [{ id: 'curl', name: 'Barbell Curl', primaryMuscles: ['biceps'], secondaryMuscles: [], equipment: 'barbell', isCustom: false, isArchived: false }] }),
      'GET /api/v1/exercises/curl/last-performance': () =>
        json({ performedAt: '2025-01-01T10:00:00Z', workoutId: 'w0', sets: [{ reps: 10, weightKg: 30, rpe: null, setType: 'working' }] }),
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Add exercise' }));
    await user.click(await screen.findByRole('button', { name: 'Add Barbell Curl' }));

    const row = await screen.findByRole('listitem', { name: 'Set 1 of Barbell Curl' });
    expect(within(row).getByLabelText('Weight (kg)')).toHaveValue(30);
    expect(within(row).getByLabelText('Reps')).toHaveValue(10);
  });
});

describe('LiveWorkout after a reload', () => {
  beforeEach(() => localStorage.clear());

  it('brings back a set that was not saved and retries it under its original id', async () => {
    const pending = {
      id: '11111111-2222-4333-8444-555555555555',
      exerciseId: 'bench',
      exerciseName: 'Bench Press',
      weight: '100',
      reps: '5',
      rpe: '',
      setType: 'working',
      notes: '',
      status: 'failed',
      editing: false,
      open: false,
      saved: null,
      baseWeightKg: 100,
      baseWeightText: '100',
      loggedAt: '2025-01-08T10:05:00Z',
    };
    localStorage.setItem('fitfolio:unsaved-sets:w1', JSON.stringify([pending]));
    const { server } = renderWorkout({ 'PUT /api/v1/workouts/w1/sets/*': echoSet });
    const user = userEvent.setup();

    const row = await firstSet();
    expect(within(row).getByText('Not saved — retry')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('Logged set 1 of Bench Press: 100 kg × 5.')).toBeInTheDocument();
    expect(setPuts(server)[0]?.path).toBe(`/api/v1/workouts/w1/sets/${pending.id}`);
    expect(setPuts(server)[0]?.body).toMatchObject({ completedAt: '2025-01-08T10:05:00Z' });
    expect(localStorage.getItem('fitfolio:unsaved-sets:w1')).toBeNull();
  });
});
