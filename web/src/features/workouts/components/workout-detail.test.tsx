import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '../../../test/fetch-router';
import { renderRoutes } from '../../../test/render';
import { WorkoutScreen } from './workout-screen';

const account = { id: 'u1', email: 'a@example.com', displayName: 'Sam', unit: 'lb', timeZone: 'UTC', createdAt: '2025-01-01T00:00:00Z' };
const set = {
  id: 's1',
  exerciseId: 'bench',
  exerciseName: 'Bench Press',
  reps: 5,
  weightKg: 225 * 0.45359237,
  rpe: 8,
  setType: 'working',
  notes: null,
  completedAt: '2025-01-08T10:10:00Z',
};
const workout = {
  id: 'w1',
  status: 'completed',
  startedAt: '2025-01-08T10:00:00Z',
  completedAt: '2025-01-08T11:00:00Z',
  notes: 'Felt strong',
  templateId: null,
  templateName: null,
  plan: [],
  sets: [set],
};

function renderDetail() {
  const server = mockFetch({
    'GET /api/v1/account': () => json(account),
    'GET /api/v1/workouts/w1': () => json(workout),
    'PUT /api/v1/workouts/w1/sets/s1': (request) => json({ ...set, ...(request.body as object) }),
  });
  renderRoutes([{ path: '/workouts/:workoutId', element: <WorkoutScreen /> }], { path: '/workouts/w1' });
  return server;
}

describe('WorkoutDetail', () => {
  it('shows a finished workout read-only in the user’s unit', async () => {
    renderDetail();

    const row = await screen.findByRole('listitem', { name: 'Set 1 of Bench Press' });
    expect(row).toHaveTextContent('225 lb × 5');
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText('Felt strong')).toBeInTheDocument();
  });

  it('edits a logged set through the same PUT and keeps an untouched weight exact', async () => {
    const server = renderDetail();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    await user.click(screen.getByRole('button', { name: 'Edit set 1: 225 lb × 5 @8' }));
    await user.click(screen.getByRole('button', { name: 'Increase Reps by 1' }));
    await user.click(screen.getByRole('button', { name: 'Save set' }));

    expect(await screen.findByText('Saved set 1 of Bench Press: 225 lb × 6 @8.')).toBeInTheDocument();
    expect(server.calls('PUT /api/v1/workouts/w1/sets/s1')[0]?.body).toMatchObject({
      reps: 6,
      weightKg: 225 * 0.45359237,
      completedAt: '2025-01-08T10:10:00Z',
    });
  });

  it('deletes the workout after a confirmation and goes back to the history', async () => {
    const server = renderDetail();
    server.on('DELETE /api/v1/workouts/w1', () => new Response(null, { status: 204 }));
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    await user.click(screen.getByRole('button', { name: 'Delete workout' }));
    expect(server.calls('DELETE /api/v1/workouts/w1')).toHaveLength(0);
    await user.click(within(screen.getByRole('group', { name: 'Delete this workout?' })).getByRole('button', { name: 'Yes, delete workout' }));

    expect(await screen.findByTestId('location')).toHaveTextContent('/history');
    expect(server.calls('DELETE /api/v1/workouts/w1')).toHaveLength(1);
  });

  it('leaves warm-ups out of the volume, as the summary and History do', async () => {
    const warmup = { ...set, id: 's0', setType: 'warmup', weightKg: 100, reps: 10 };
    mockFetch({
      'GET /api/v1/account': () => json({ ...account, unit: 'kg' }),
      'GET /api/v1/workouts/w1': () => json({ ...workout, sets: [warmup, { ...set, weightKg: 100 }] }),
    });
    renderRoutes([{ path: '/workouts/:workoutId', element: <WorkoutScreen /> }], { path: '/workouts/w1' });

    expect(await screen.findByText('500 kg')).toBeInTheDocument();
  });

  it('adds several exercises to a past workout, stores the list, and dates a new set within the workout', async () => {
    const server = renderDetail();
    server.on('GET /api/v1/exercises', () =>
      json({ items: [{ id: 'curl', name: 'Barbell Curl', primaryMuscles: ['biceps'], secondaryMuscles: [], equipment: 'barbell', isCustom: false, isArchived: false }] }),
    );
    server.on('PUT /api/v1/workouts/w1/exercises', () => json({ ...workout, exercises: [] }));
    server.on('PUT /api/v1/workouts/w1/sets/*', (r) => json({ ...(r.body as object), id: r.path.split('/').pop(), exerciseName: 'Barbell Curl', notes: null }));
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    await user.click(screen.getByRole('button', { name: 'Add exercises' }));
    await user.click(await screen.findByRole('button', { name: 'Select Barbell Curl' }));
    await user.click(screen.getByRole('button', { name: 'Add 1 exercise' }));
    const row = await screen.findByRole('listitem', { name: 'Set 1 of Barbell Curl' });
    await user.type(within(row).getByLabelText('Weight (lb)'), '60');
    await user.type(within(row).getByLabelText('Reps'), '10');
    await user.click(within(row).getByRole('button', { name: 'Log set' }));

    await screen.findByText(/Logged set 1 of Barbell Curl/);
    expect(server.calls('PUT /api/v1/workouts/w1/exercises')[0]?.body).toEqual({ exerciseIds: ['bench', 'curl'] });
    const put = server.requests.find((r) => r.method === 'PUT' && r.path.includes('/sets/') && r.path !== '/api/v1/workouts/w1/sets/s1');
    expect(put?.body).toMatchObject({ completedAt: '2025-01-08T11:00:00Z', reps: 10 });
  });
});
