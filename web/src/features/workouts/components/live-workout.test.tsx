import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { json, mockFetch, type RecordedRequest } from '../../../test/fetch-router';
import { renderRoutes } from '../../../test/render';
import { queueState, replayQueue } from '../../../lib/offline/change-queue';
import { sendWorkoutChange } from '../offline/workout-sync';
import { localLogKey } from './live-workout';
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
  exercises: [{ exerciseId: 'bench', exerciseName: 'Bench Press', equipment: 'barbell' }],
  totalVolumeKg: 0,
  status: 'in_progress',
  startedAt: '2025-01-08T10:00:00Z',
  completedAt: null,
  notes: null,
  templateId: 't1',
  templateName: 'Upper A',
  plan: [bench],
  sets: [],
};
const benchLastTime = {
  performedAt: '2025-01-01T10:00:00Z',
  workoutId: 'w0',
  sets: [
    { reps: 5, weightKg: 100, rpe: null, setType: 'working' },
    { reps: 6, weightKg: 97.5, rpe: 8, setType: 'working' },
  ],
};
const curlLastTime = [{ reps: 10, weightKg: 30, rpe: null, setType: 'working' }];
const dipsLastTime = [{ reps: 12, weightKg: 0, rpe: null, setType: 'working' }];
/** GET /workouts/w1/previous: last time's sets of every exercise the test may put on the workout. */
const previous = {
  items: [
    { exerciseId: 'bench', workoutId: 'w0', performedAt: benchLastTime.performedAt, sets: benchLastTime.sets },
    { exerciseId: 'curl', workoutId: 'w0', performedAt: benchLastTime.performedAt, sets: curlLastTime },
    { exerciseId: 'dips', workoutId: 'w0', performedAt: benchLastTime.performedAt, sets: dipsLastTime },
  ],
};
const catalogue = {
  items: [
    { id: 'curl', name: 'Barbell Curl', primaryMuscles: ['biceps'], secondaryMuscles: [], equipment: 'barbell', isCustom: false, isArchived: false },
    { id: 'dips', name: 'Dips', primaryMuscles: ['triceps'], secondaryMuscles: [], equipment: 'bodyweight', isCustom: false, isArchived: false },
  ],
};

function exercisesFor(ids: string[]) {
  const all = [...workout.exercises, ...catalogue.items.map((e) => ({ exerciseId: e.id, exerciseName: e.name, equipment: e.equipment }))];
  return ids.map((id) => all.find((e) => e.exerciseId === id));
}

function echoSet(request: RecordedRequest) {
  const body = request.body as Record<string, unknown>;
  return json({ id: request.path.split('/').pop(), exerciseName: 'Bench Press', notes: null, ...body }, 201);
}

function renderWorkout(routes: Parameters<typeof mockFetch>[0] = {}, current: object = workout) {
  const server = mockFetch({
    'GET /api/v1/account': () => json(account),
    'GET /api/v1/workouts/w1': () => json(current),
    'GET /api/v1/workouts/w1/previous': () => json(previous),
    'GET /api/v1/exercises': () => json(catalogue),
    'PUT /api/v1/workouts/w1/exercises': (r) => json({ ...current, exercises: exercisesFor((r.body as { exerciseIds: string[] }).exerciseIds) }),
    ...routes,
  });
  const view = renderRoutes([{ path: '/workouts/:workoutId', element: <WorkoutScreen /> }], { path: '/workouts/w1' });
  return { server, ...view };
}

function setPuts(server: { requests: RecordedRequest[] }) {
  return server.requests.filter((r) => r.method === 'PUT' && r.path.startsWith('/api/v1/workouts/w1/sets/'));
}

function row(name: string) {
  return screen.findByRole('listitem', { name });
}

async function firstSet() {
  const first = await row('Set 1 of Bench Press');
  // Last time's numbers arrive after the plan; wait for them so the pre-fill is final.
  await within(first).findByText('100 × 5');
  return first;
}

describe('LiveWorkout: the logging table', () => {
  beforeEach(() => localStorage.clear());

  it('pre-fills each planned set from the same set last time and shows it as "previous"', async () => {
    renderWorkout();

    const first = await firstSet();
    const second = await row('Set 2 of Bench Press');
    expect(within(first).getByLabelText('Weight (kg)')).toHaveValue(100);
    expect(within(first).getByLabelText('Reps')).toHaveValue(5);
    expect(within(second).getByText('97.5 × 6 @8')).toBeInTheDocument();
    expect(within(second).getByLabelText('Weight (kg)')).toHaveValue(97.5);
    expect(within(second).getByLabelText('Reps')).toHaveValue(6);
    expect(within(first).getByLabelText('RPE')).toHaveValue('');
  });

  it('steps the weight from round numbers by 2.5 kg and the reps by one', async () => {
    renderWorkout();
    const user = userEvent.setup();
    const first = await firstSet();

    await user.clear(within(first).getByLabelText('Weight (kg)'));
    await user.type(within(first).getByLabelText('Weight (kg)'), '101');
    await user.click(within(first).getByRole('button', { name: 'Increase Weight (kg) by 2.5' }));
    await user.click(within(first).getByRole('button', { name: 'Decrease Reps by 1' }));

    expect(within(first).getByLabelText('Weight (kg)')).toHaveValue(102.5);
    expect(within(first).getByLabelText('Reps')).toHaveValue(4);
  });

  it('logs a set with one tap under the row’s own set id and moves focus to the next set', async () => {
    const { server } = renderWorkout({ 'PUT /api/v1/workouts/w1/sets/*': echoSet });
    const user = userEvent.setup();
    const first = await firstSet();

    await user.click(within(first).getByRole('button', { name: 'Log set' }));

    expect(await screen.findByText('Logged set 1 of Bench Press: 100 kg × 5.')).toBeInTheDocument();
    const [put] = setPuts(server);
    expect(put?.path).toMatch(/^\/api\/v1\/workouts\/w1\/sets\/[0-9a-f-]{36}$/);
    expect(put?.body).toMatchObject({ exerciseId: 'bench', reps: 5, weightKg: 100, setType: 'working', rpe: null });
    const second = await row('Set 2 of Bench Press');
    expect(within(second).getByRole('button', { name: 'Log set' })).toHaveFocus();
  });

  it('keeps a set the server refused marked as not saved and retries it with the same set id', async () => {
    let attempts = 0;
    const { server } = renderWorkout({
      'PUT /api/v1/workouts/w1/sets/*': (request) => {
        attempts += 1;
        if (attempts === 1) return json({ title: 'Server error', status: 500 }, 500);
        return echoSet(request);
      },
    });
    const user = userEvent.setup();
    const first = await firstSet();

    await user.click(within(first).getByRole('button', { name: 'Log set' }));
    expect(await within(first).findByText('Not saved — retry')).toBeInTheDocument();
    await user.click(within(first).getByRole('button', { name: 'Retry' }));

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
    await user.click(within(await row('Set 2 of Bench Press')).getByRole('button', { name: 'Log set' }));
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

  it('inserts a warm-up before the working sets without using one of them up', async () => {
    renderWorkout();
    const user = userEvent.setup();
    await firstSet();

    await user.click(screen.getByRole('button', { name: 'Add a warm-up set of Bench Press' }));

    const sets = within(screen.getByRole('region', { name: 'Bench Press' })).getAllByRole('listitem');
    expect(sets.map((s) => s.getAttribute('aria-label'))).toEqual(['Warm-up 1 of Bench Press', 'Set 1 of Bench Press', 'Set 2 of Bench Press']);
    expect(within(sets[0] as HTMLElement).getByText('W')).toBeInTheDocument();
    expect(within(sets[1] as HTMLElement).getByLabelText('Weight (kg)')).toHaveValue(100);
  });

  it('adds and removes sets', async () => {
    renderWorkout();
    const user = userEvent.setup();
    await firstSet();

    await user.click(screen.getByRole('button', { name: 'Add a set of Bench Press' }));
    const third = await row('Set 3 of Bench Press');
    expect(within(third).getByLabelText('Weight (kg)')).toHaveValue(97.5);
    await user.click(within(third).getByRole('button', { name: 'Set 3 of Bench Press: options' }));
    await user.click(within(third).getByRole('button', { name: 'Remove set' }));

    expect(screen.queryByRole('listitem', { name: 'Set 3 of Bench Press' })).not.toBeInTheDocument();
  });

  it('reorders sets still to do from a set’s options', async () => {
    renderWorkout();
    const user = userEvent.setup();
    await firstSet();
    await user.click(screen.getByRole('button', { name: 'Add a set of Bench Press' }));
    const third = await row('Set 3 of Bench Press');
    await user.clear(within(third).getByLabelText('Reps'));
    await user.type(within(third).getByLabelText('Reps'), '12');

    await user.click(within(third).getByRole('button', { name: 'Set 3 of Bench Press: options' }));
    await user.click(within(third).getByRole('button', { name: 'Move Set 3 of Bench Press up' }));

    expect(within(await row('Set 2 of Bench Press')).getByLabelText('Reps')).toHaveValue(12);
    expect(within(await row('Set 3 of Bench Press')).getByLabelText('Reps')).toHaveValue(6);
  });

  it('shows the time since the start', async () => {
    renderWorkout();

    expect(await screen.findByRole('timer', { name: 'Time since the start' })).toHaveTextContent(/^\d+:\d{2}(:\d{2})?$/);
  });
});

describe('LiveWorkout: empty weights (bug 2)', () => {
  beforeEach(() => localStorage.clear());
  const neverDone = () => json({ items: [{ exerciseId: 'bench', workoutId: null, performedAt: null, sets: [] }, { exerciseId: 'dips', workoutId: null, performedAt: null, sets: [] }] });
  const noTarget = { ...workout, plan: [{ ...bench, targetWeightKg: null, last: null, repsMin: 8, repsMax: 8, sets: 3 }] };

  it('never logs an empty weight as 0 kg, and the next set starts from the set just logged', async () => {
    const { server } = renderWorkout({ 'PUT /api/v1/workouts/w1/sets/*': echoSet, 'GET /api/v1/workouts/w1/previous': neverDone }, noTarget);
    const user = userEvent.setup();
    const first = await row('Set 1 of Bench Press');
    expect(within(first).getByLabelText('Weight (kg)')).toHaveValue(null);

    await user.click(within(first).getByRole('button', { name: 'Log set' }));
    expect(await within(first).findByText('Enter the weight.')).toBeInTheDocument();
    expect(setPuts(server)).toHaveLength(0);

    await user.type(within(first).getByLabelText('Weight (kg)'), '60');
    await user.click(within(first).getByRole('button', { name: 'Log set' }));
    await screen.findByText('Logged set 1 of Bench Press: 60 kg × 8.');

    for (const name of ['Set 2 of Bench Press', 'Set 3 of Bench Press']) {
      const next = await row(name);
      expect(within(next).getByLabelText('Weight (kg)')).toHaveValue(60);
      expect(within(next).getByLabelText('Reps')).toHaveValue(8);
    }
  });

  it('carries a changed weight to the sets after it', async () => {
    renderWorkout({ 'PUT /api/v1/workouts/w1/sets/*': echoSet });
    const user = userEvent.setup();
    const first = await firstSet();

    await user.click(within(first).getByRole('button', { name: 'Increase Weight (kg) by 2.5' }));
    await user.click(within(first).getByRole('button', { name: 'Log set' }));
    await screen.findByText('Logged set 1 of Bench Press: 102.5 kg × 5.');

    expect(within(await row('Set 2 of Bench Press')).getByLabelText('Weight (kg)')).toHaveValue(102.5);
  });

  it('logs an empty weight as bodyweight (0, shown as BW) for a bodyweight exercise', async () => {
    const dips = { ...bench, exerciseId: 'dips', exerciseName: 'Dips', targetWeightKg: null, last: null, repsMin: 10, repsMax: 10, sets: 1 };
    const { server } = renderWorkout(
      {
        'PUT /api/v1/workouts/w1/sets/*': (r) => json({ ...(r.body as object), id: r.path.split('/').pop(), exerciseName: 'Dips', notes: null }, 201),
        'GET /api/v1/workouts/w1/previous': neverDone,
      },
      { ...workout, exercises: [{ exerciseId: 'dips', exerciseName: 'Dips', equipment: 'bodyweight' }], plan: [dips] },
    );
    const user = userEvent.setup();
    const first = await row('Set 1 of Dips');
    await waitFor(() => expect(within(first).getByLabelText('Weight (kg)')).toHaveAttribute('placeholder', 'BW'));

    await user.click(within(first).getByRole('button', { name: 'Log set' }));

    expect(await screen.findByText('Logged set 1 of Dips: BW × 10.')).toBeInTheDocument();
    expect(setPuts(server)[0]?.body).toMatchObject({ weightKg: 0, reps: 10 });
  });
});

describe('LiveWorkout: notes save on their own (bug 3)', () => {
  beforeEach(() => localStorage.clear());

  it('saves workout notes after a pause in typing, with no save button', async () => {
    const { server } = renderWorkout({ 'PATCH /api/v1/workouts/w1': (r) => json({ ...workout, ...(r.body as object) }) });
    const user = userEvent.setup();

    await user.type(await screen.findByRole('textbox', { name: 'Workout notes' }), 'Grip felt weak');

    expect(screen.queryByRole('button', { name: /save notes/i })).not.toBeInTheDocument();
    await waitFor(() => expect(server.calls('PATCH /api/v1/workouts/w1').at(-1)?.body).toEqual({ notes: 'Grip felt weak' }), { timeout: 3000 });
    expect(await screen.findByText('Saved')).toBeInTheDocument();
  });

  it('saves workout notes when the field is left, before any pause', async () => {
    const { server } = renderWorkout({ 'PATCH /api/v1/workouts/w1': (r) => json({ ...workout, ...(r.body as object) }) });
    const user = userEvent.setup();

    await user.type(await screen.findByRole('textbox', { name: 'Workout notes' }), 'Deload next week');
    await user.tab();

    // The save on leaving goes through the change queue's async hops; waiting less than the 800 ms typing pause still shows the blur sent it.
    await waitFor(() => expect(server.calls('PATCH /api/v1/workouts/w1')[0]?.body).toEqual({ notes: 'Deload next week' }), { timeout: 700 });
  });

  it('saves a logged set’s notes alone through PATCH, never resending the set’s numbers', async () => {
    const { server } = renderWorkout({
      'PUT /api/v1/workouts/w1/sets/*': echoSet,
      'PATCH /api/v1/workouts/w1/sets/*': (r) => json({ id: r.path.split('/').pop(), exerciseId: 'bench', exerciseName: 'Bench Press', reps: 5, weightKg: 100, rpe: null, setType: 'working', completedAt: '2025-01-08T10:05:00Z', ...(r.body as object) }),
    });
    const user = userEvent.setup();
    const first = await firstSet();
    await user.click(within(first).getByRole('button', { name: 'Log set' }));
    await screen.findByText('Logged set 1 of Bench Press: 100 kg × 5.', undefined, { timeout: 5000 });

    await user.click(within(first).getByRole('button', { name: 'Set 1 of Bench Press: options' }));
    await user.type(within(first).getByRole('textbox', { name: 'Set notes' }), 'Paused reps');
    await user.tab();

    const patches = () => server.requests.filter((r) => r.method === 'PATCH' && r.path.startsWith('/api/v1/workouts/w1/sets/'));
    await waitFor(() => expect(patches()).toHaveLength(1), { timeout: 700 });
    const [patch] = patches();
    expect(patch?.path).toBe(setPuts(server)[0]?.path);
    expect(patch?.body).toEqual({ notes: 'Paused reps' });
    expect(setPuts(server)).toHaveLength(1);
  });

  it('logs a set with no signal on the device and sends it later under the same set id', async () => {
    let attempts = 0;
    const { server } = renderWorkout({
      'PUT /api/v1/workouts/w1/sets/*': (request) => {
        attempts += 1;
        if (attempts === 1) throw new TypeError('Failed to fetch');
        return echoSet(request);
      },
    });
    const user = userEvent.setup();

    await user.click(within(await firstSet()).getByRole('button', { name: 'Log set' }));
    expect(await screen.findByText('Logged set 1 of Bench Press: 100 kg × 5.')).toBeInTheDocument();
    await waitFor(() => expect(queueState().waiting).toBe(1));
    expect(await replayQueue(sendWorkoutChange)).toBe('done');

    const puts = setPuts(server);
    expect(puts).toHaveLength(2);
    expect(puts[1]?.path).toBe(puts[0]?.path);
    expect(puts[1]?.body).toEqual(puts[0]?.body);
    expect(queueState().waiting).toBe(0);
  });

  it('keeps notes typed with no signal on the device and sends them when the signal is back', async () => {
    const { unmount } = renderWorkout({
      'PATCH /api/v1/workouts/w1': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Workout notes' }), 'Left knee');
    await user.tab();
    await waitFor(() => expect(queueState().waiting).toBeGreaterThan(0));
    unmount();

    const { server } = renderWorkout({ 'PATCH /api/v1/workouts/w1': (r) => json({ ...workout, ...(r.body as object) }) });
    expect(await replayQueue(sendWorkoutChange)).toBe('done');

    expect(server.calls('PATCH /api/v1/workouts/w1').at(-1)?.body).toEqual({ notes: 'Left knee' });
    expect(queueState().waiting).toBe(0);
  });
});

describe('LiveWorkout: finishing', () => {
  beforeEach(() => localStorage.clear());

  it('asks before finishing with planned sets not logged', async () => {
    const { server } = renderWorkout();
    const user = userEvent.setup();
    await firstSet();

    await user.click(screen.getByRole('button', { name: 'Finish workout' }));

    expect(screen.getByRole('group', { name: 'Finish with sets not logged?' })).toHaveTextContent('2 sets are not logged');
    expect(server.calls('POST /api/v1/workouts/w1/complete')).toHaveLength(0);
  });

  it('shows the summary after finishing', async () => {
    renderWorkout({
      'POST /api/v1/workouts/w1/complete': () =>
        json({ id: 'w1', status: 'completed', completedAt: '2025-01-08T11:05:00Z', summary: { durationSeconds: 3900, setCount: 12, totalVolumeKg: 5432.4 } }),
    });
    const user = userEvent.setup();
    await firstSet();

    await user.click(screen.getByRole('button', { name: 'Finish workout' }));
    await user.click(screen.getByRole('button', { name: 'Finish anyway' }));

    expect(await screen.findByRole('heading', { name: 'Workout complete' })).toBeInTheDocument();
    expect(screen.getByText('1 h 05 min')).toBeInTheDocument();
    expect(screen.getByText('12')).toBeInTheDocument();
    expect(screen.getByText(`${(5432).toLocaleString()} kg`)).toBeInTheDocument();
    expect(localStorage.getItem(localLogKey('w1'))).toBeNull();
  });

  it('goes home when the server discards a workout finished with no set logged', async () => {
    renderWorkout(
      { 'POST /api/v1/workouts/w1/complete': () => json({ id: 'w1', status: 'discarded', completedAt: null, summary: null }) },
      { ...workout, plan: [], exercises: [] },
    );
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Finish workout' }));

    expect(await screen.findByTestId('location')).toHaveTextContent(/^\/$/);
  });

  it('asks before abandoning a workout', async () => {
    const { server } = renderWorkout({ 'POST /api/v1/workouts/w1/abandon': () => json({ id: 'w1', status: 'abandoned' }) });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Abandon workout' }));

    expect(screen.getByRole('group', { name: 'Abandon this workout?' })).toBeInTheDocument();
    expect(server.calls('POST /api/v1/workouts/w1/abandon')).toHaveLength(0);
  });
});

describe('LiveWorkout: adding exercises', () => {
  beforeEach(() => localStorage.clear());

  it('adds several exercises at once, pre-filled from their last performance', async () => {
    const { server } = renderWorkout();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Add exercises' }));
    await user.click(await screen.findByRole('button', { name: 'Select Barbell Curl' }));
    await user.click(screen.getByRole('button', { name: 'Select Dips' }));
    await user.click(screen.getByRole('button', { name: 'Add 2 exercises' }));

    const curl = await row('Set 1 of Barbell Curl');
    await within(curl).findByText('30 × 10');
    expect(within(curl).getByLabelText('Weight (kg)')).toHaveValue(30);
    expect(within(curl).getByLabelText('Reps')).toHaveValue(10);
    expect(within(curl).getByText('30 × 10')).toBeInTheDocument();
    expect(within(await row('Set 1 of Dips')).getByText('BW × 12')).toBeInTheDocument();
    expect(server.calls('PUT /api/v1/workouts/w1/exercises')[0]?.body).toEqual({ exerciseIds: ['bench', 'curl', 'dips'] });
    expect(server.requests.filter((r) => r.path.includes('last-performance'))).toHaveLength(0);
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
      status: 'saving',
      editing: false,
      touched: false,
      saved: null,
      baseWeightKg: 100,
      baseWeightText: '100',
      loggedAt: '2025-01-08T10:05:00Z',
    };
    localStorage.setItem(localLogKey('w1'), JSON.stringify({ blocks: [{ exerciseId: 'bench', exerciseName: 'Bench Press', rows: [pending] }] }));
    const { server } = renderWorkout({ 'PUT /api/v1/workouts/w1/sets/*': echoSet });
    const user = userEvent.setup();

    const first = await row('Set 1 of Bench Press');
    expect(within(first).getByText('Not saved — retry')).toBeInTheDocument();
    await user.click(within(first).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('Logged set 1 of Bench Press: 100 kg × 5.')).toBeInTheDocument();
    expect(setPuts(server)[0]?.path).toBe(`/api/v1/workouts/w1/sets/${pending.id}`);
    expect(setPuts(server)[0]?.body).toMatchObject({ completedAt: '2025-01-08T10:05:00Z' });
  });

  it('keeps what was typed and exercises added with no set logged yet', async () => {
    // The exercise list could not be stored (offline): the device still keeps the added exercise.
    const { unmount } = renderWorkout({ 'PUT /api/v1/workouts/w1/exercises': () => { throw new TypeError('Failed to fetch'); } });
    const user = userEvent.setup();
    const first = await firstSet();
    await user.clear(within(first).getByLabelText('Reps'));
    await user.type(within(first).getByLabelText('Reps'), '7');
    await user.click(screen.getByRole('button', { name: 'Add exercises' }));
    await user.click(await screen.findByRole('button', { name: 'Select Barbell Curl' }));
    await user.click(screen.getByRole('button', { name: 'Add 1 exercise' }));
    await row('Set 1 of Barbell Curl');
    await waitFor(() => expect(within(screen.getByRole('listitem', { name: 'Set 1 of Barbell Curl' })).getByLabelText('Weight (kg)')).toHaveValue(30));
    unmount();

    renderWorkout();

    expect(within(await row('Set 1 of Bench Press')).getByLabelText('Reps')).toHaveValue(7);
    expect(within(await row('Set 1 of Barbell Curl')).getByLabelText('Weight (kg)')).toHaveValue(30);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(within(await row('Set 1 of Bench Press')).getByLabelText('Reps')).toHaveValue(7);
  });
});
