import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { noRecords } from '../../../test/analytics';
import { json, mockFetch, type RecordedRequest } from '../../../test/fetch-router';
import { renderRoutes } from '../../../test/render';
import { WorkoutScreen } from './workout-screen';

const account = { id: 'u1', email: 'a@example.com', displayName: 'Sam', unit: 'kg', timeZone: 'UTC', plateStepKg: 2.5, createdAt: '2025-01-01T00:00:00Z' };
const plan = { exerciseName: 'Bench Press', sets: 2, repsMin: 5, repsMax: 5, restSeconds: 180, targetRpe: null, targetWeightKg: 100, notes: null, last: null };
const workout = {
  id: 'w1',
  exercises: [
    { exerciseId: 'bench', exerciseName: 'Bench Press', equipment: 'barbell' },
    { exerciseId: 'ohp', exerciseName: 'Overhead Press', equipment: 'barbell' },
  ],
  totalVolumeKg: 0,
  status: 'in_progress',
  startedAt: '2025-01-08T10:00:00Z',
  completedAt: null,
  notes: null,
  templateId: 't1',
  templateName: 'Push',
  plan: [
    { ...plan, exerciseId: 'bench' },
    { ...plan, exerciseId: 'ohp', exerciseName: 'Overhead Press', sets: 1, targetWeightKg: 60 },
  ],
  sets: [],
};
const at = { setId: 's0', workoutId: 'w0', achievedAt: '2025-01-01T10:00:00Z' };
const benchRecords = {
  heaviestKg: { value: 100, ...at },
  bestE1rmKg: { value: 116.67, ...at },
  bestSetVolumeKg: { value: 500, ...at },
  bestSessionVolumeKg: { value: 1000, ...at },
  mostReps: { value: 5, ...at },
  repMaxes: [{ reps: 5, weightKg: 100, ...at }],
};

function echoSet(request: RecordedRequest) {
  const body = request.body as Record<string, unknown>;
  return json({ id: request.path.split('/').pop(), exerciseName: 'Bench Press', notes: null, ...body }, 201);
}

function renderWorkout() {
  const server = mockFetch({
    'GET /api/v1/account': () => json(account),
    'GET /api/v1/workouts/w1': () => json(workout),
    'GET /api/v1/workouts/w1/previous': () => json({ items: [] }),
    'GET /api/v1/exercises/bench/records': () => json(benchRecords),
    'GET /api/v1/exercises/ohp/records': () => json(noRecords),
    'PUT /api/v1/workouts/w1/sets/*': echoSet,
  });
  renderRoutes([{ path: '/workouts/:workoutId', element: <WorkoutScreen /> }], { path: '/workouts/w1' });
  return server;
}

describe('LiveWorkout: records', () => {
  beforeEach(() => localStorage.clear());

  it('marks a logged set that beats a record, and not one that only ties it', async () => {
    renderWorkout();
    const user = userEvent.setup();
    const first = await screen.findByRole('listitem', { name: 'Set 1 of Bench Press' });
    await screen.findByRole('listitem', { name: 'Set 1 of Overhead Press' });

    await user.clear(within(first).getByLabelText('Weight (kg)'));
    await user.type(within(first).getByLabelText('Weight (kg)'), '102.5');
    await user.click(within(first).getByRole('button', { name: 'Log set' }));

    expect(await within(first).findByText(/new record, heaviest weight, best e1RM, best set volume and rep max/)).toBeInTheDocument();
    expect(await screen.findByText('New record on Bench Press: heaviest weight, best e1RM, best set volume and rep max.')).toBeInTheDocument();

    const second = screen.getByRole('listitem', { name: 'Set 2 of Bench Press' });
    await user.click(within(second).getByRole('button', { name: 'Log set' }));
    await within(second).findByText('✓');
    expect(within(second).queryByText(/new record/)).not.toBeInTheDocument();
  });

  it('marks nothing on the first session of an exercise: it sets the baselines', async () => {
    renderWorkout();
    const user = userEvent.setup();
    const ohp = await screen.findByRole('listitem', { name: 'Set 1 of Overhead Press' });

    await user.click(within(ohp).getByRole('button', { name: 'Log set' }));

    expect(await screen.findByText(/Logged set 1 of Overhead Press/)).toBeInTheDocument();
    expect(within(ohp).queryByText(/new record/)).not.toBeInTheDocument();
  });

  it('never marks a warm-up', async () => {
    renderWorkout();
    const user = userEvent.setup();
    await screen.findByRole('listitem', { name: 'Set 1 of Bench Press' });

    await user.click(screen.getByRole('button', { name: 'Add a warm-up set of Bench Press' }));
    const warmup = await screen.findByRole('listitem', { name: 'Warm-up 1 of Bench Press' });
    await user.clear(within(warmup).getByLabelText('Weight (kg)'));
    await user.type(within(warmup).getByLabelText('Weight (kg)'), '120');
    await user.clear(within(warmup).getByLabelText('Reps'));
    await user.type(within(warmup).getByLabelText('Reps'), '5');
    await user.click(within(warmup).getByRole('button', { name: 'Log set' }));

    expect(await screen.findByText(/Logged warm-up 1 of Bench Press/)).toBeInTheDocument();
    expect(within(warmup).queryByText(/new record/)).not.toBeInTheDocument();
  });

  it('lists the records the server found in the summary after Finish', async () => {
    const server = renderWorkout();
    server.on('POST /api/v1/workouts/w1/complete', () =>
      json({
        id: 'w1',
        status: 'completed',
        completedAt: '2025-01-08T11:00:00Z',
        summary: {
          durationSeconds: 3600,
          setCount: 3,
          totalVolumeKg: 1512.5,
          prs: [{ setId: 's1', workoutId: 'w1', exerciseId: 'bench', type: 'heaviest', value: 102.5, previous: 100, achievedAt: '2025-01-08T10:10:00Z' }],
        },
      }),
    );
    const user = userEvent.setup();
    await screen.findByRole('listitem', { name: 'Set 1 of Bench Press' });

    await user.click(screen.getByRole('button', { name: 'Finish workout' }));
    await user.click(await screen.findByRole('button', { name: 'Finish anyway' }));

    const list = await screen.findByRole('list', { name: 'New records' });
    expect(within(list).getByRole('link', { name: 'Bench Press' })).toHaveAttribute('href', '/exercises/bench');
    expect(within(list).getByText('Heaviest weight: 102.5 kg, up from 100 kg')).toBeInTheDocument();
  });
});
