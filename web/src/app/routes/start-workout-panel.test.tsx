import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '../../test/fetch-router';
import { renderRoutes } from '../../test/render';
import { StartWorkoutPanel } from './start-workout-panel';

const legs = { id: 'open-1', status: 'in_progress', startedAt: '2025-01-08T10:00:00Z', completedAt: null, templateName: 'Legs', setCount: 3, totalVolumeKg: 900 };
const programs = {
  items: [{ id: 'p1', name: 'PPL', description: null, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', templates: [{ id: 't-pull', name: 'Pull', position: 0, exerciseCount: 4 }] }],
};
const started = { id: 'new-1', status: 'in_progress', startedAt: '2025-01-08T11:00:00Z', completedAt: null, notes: null, templateId: 't-pull', templateName: 'Pull', exercises: [], plan: [], sets: [], totalVolumeKg: 0 };

function renderPanel(open: object[], routes: Parameters<typeof mockFetch>[0] = {}) {
  const server = mockFetch({
    'GET /api/v1/workouts': () => json({ items: open, page: 1, pageSize: 1, total: open.length }),
    'GET /api/v1/programs': () => json(programs),
    'POST /api/v1/workouts': () => json(started, 201),
    ...routes,
  });
  renderRoutes([{ path: '/workout', element: <StartWorkoutPanel /> }], { path: '/workout' });
  return server;
}

describe('StartWorkoutPanel with a workout in progress', () => {
  it('asks what to do with the open workout instead of starting a second one', async () => {
    const server = renderPanel([legs]);
    const user = userEvent.setup();
    await screen.findByText(/Resume Legs/);

    await user.click(await screen.findByRole('button', { name: 'Start Pull from PPL' }));

    const prompt = screen.getByRole('group', { name: 'A workout is in progress' });
    expect(prompt).toHaveTextContent('Legs is still in progress');
    expect(within(prompt).getByRole('link', { name: 'Resume it' })).toHaveAttribute('href', '/workouts/open-1');
    expect(server.calls('POST /api/v1/workouts')).toHaveLength(0);
  });

  it('abandons the open workout and starts the new one in one request', async () => {
    const server = renderPanel([legs]);
    const user = userEvent.setup();
    await screen.findByText(/Resume Legs/);

    await user.click(await screen.findByRole('button', { name: 'Start Pull from PPL' }));
    await user.click(screen.getByRole('button', { name: 'Abandon it and start the new one' }));

    expect(await screen.findByTestId('location')).toHaveTextContent('/workouts/new-1');
    expect(server.calls('POST /api/v1/workouts')[0]?.body).toEqual({ templateId: 't-pull', replace: 'abandon', id: expect.any(String) });
  });

  it('offers the same choice when the server answers 409 workout_in_progress', async () => {
    renderPanel([], { 'POST /api/v1/workouts': () => problem(409, 'workout_in_progress', { workoutId: 'elsewhere-1' }) });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Start Pull from PPL' }));

    const prompt = await screen.findByRole('group', { name: 'A workout is in progress' });
    expect(within(prompt).getByRole('link', { name: 'Resume it' })).toHaveAttribute('href', '/workouts/elsewhere-1');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
