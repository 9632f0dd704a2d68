import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, noContent } from '../../../test/fetch-router';
import { renderRoutes } from '../../../test/render';
import { ExercisesScreen } from './exercises-screen';

const squat = {
  id: 'ex-squat',
  name: 'Back Squat',
  primaryMuscles: ['quadriceps'],
  secondaryMuscles: ['glutes'],
  equipment: 'barbell',
  isCustom: false,
  isArchived: false,
};
const sled = { ...squat, id: 'ex-sled', name: 'Sled Push', equipment: 'other', isCustom: true };

function renderExercises() {
  return renderRoutes([{ path: '/exercises', element: <ExercisesScreen /> }], { path: '/exercises' });
}

describe('ExercisesScreen', () => {
  it('lists exercises with their muscles and equipment as chips', async () => {
    mockFetch({ 'GET /api/v1/exercises': () => json({ items: [squat] }) });
    renderExercises();

    const chips = await screen.findByRole('list', { name: 'Back Squat: muscles and equipment' });
    expect(within(chips).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Quadriceps', 'Glutes', 'Barbell']);
  });

  it('sends the search text, muscle and equipment as query parameters', async () => {
    const server = mockFetch({ 'GET /api/v1/exercises': () => json({ items: [squat] }) });
    const user = userEvent.setup();
    renderExercises();
    await screen.findByText('Back Squat');

    await user.selectOptions(screen.getByLabelText('Muscle'), 'quadriceps');
    await user.selectOptions(screen.getByLabelText('Equipment'), 'barbell');
    await user.type(screen.getByLabelText('Search exercises'), 'squat');

    await waitFor(() => {
      const last = server.calls('GET /api/v1/exercises').at(-1);
      expect(last?.url.searchParams.get('search')).toBe('squat');
    });
    const last = server.calls('GET /api/v1/exercises').at(-1);
    expect(last?.url.searchParams.get('muscle')).toBe('quadriceps');
    expect(last?.url.searchParams.get('equipment')).toBe('barbell');
  });

  it('waits for typing to pause before searching', async () => {
    const server = mockFetch({ 'GET /api/v1/exercises': () => json({ items: [squat] }) });
    const user = userEvent.setup();
    renderExercises();
    await screen.findByText('Back Squat');

    await user.type(screen.getByLabelText('Search exercises'), 'bench');

    await waitFor(() => expect(server.calls('GET /api/v1/exercises').at(-1)?.url.searchParams.get('search')).toBe('bench'));
    const searches = server.calls('GET /api/v1/exercises').map((r) => r.url.searchParams.get('search'));
    expect(searches).not.toContain('b');
    expect(searches).not.toContain('ben');
  });

  it('adds a custom exercise with its muscles and equipment', async () => {
    const server = mockFetch({
      'GET /api/v1/exercises': () => json({ items: [squat] }),
      'POST /api/v1/exercises': () => json(sled, 201),
    });
    const user = userEvent.setup();
    renderExercises();

    await user.click(await screen.findByRole('button', { name: 'Add custom exercise' }));
    await user.type(screen.getByLabelText('Exercise name'), 'Sled Push');
    await user.click(within(screen.getByRole('group', { name: 'Primary muscles' })).getByRole('checkbox', { name: 'Quadriceps' }));
    await user.selectOptions(within(screen.getByRole('region', { name: 'Add a custom exercise' })).getByLabelText('Equipment'), 'other');
    await user.click(screen.getByRole('button', { name: 'Add exercise' }));

    expect(await screen.findByText('Sled Push added.')).toBeInTheDocument();
    expect(server.calls('POST /api/v1/exercises')[0]?.body).toEqual({
      name: 'Sled Push',
      primaryMuscles: ['quadriceps'],
      secondaryMuscles: [],
      equipment: 'other',
      kind: 'weight_reps',
    });
  });

  it('offers edit and delete only for custom exercises', async () => {
    mockFetch({ 'GET /api/v1/exercises': () => json({ items: [squat, sled] }) });
    renderExercises();

    expect(await screen.findByRole('button', { name: 'Delete Sled Push' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete Back Squat' })).not.toBeInTheDocument();
  });

  it('lets a bodyweight exercise default to bodyweight reps', async () => {
    const user = userEvent.setup();
    renderExercises();

    await user.click(await screen.findByRole('button', { name: 'Add custom exercise' }));
    const form = within(screen.getByRole('region', { name: 'Add a custom exercise' }));
    await user.selectOptions(form.getByLabelText('Equipment'), 'bodyweight');

    expect(form.getByLabelText('Logged as')).toHaveValue('bodyweight_reps');
  });

  it('deletes a custom exercise after confirming', async () => {
    const server = mockFetch({
      'GET /api/v1/exercises': () => json({ items: [sled] }),
      'DELETE /api/v1/exercises/ex-sled': () => noContent(),
    });
    const user = userEvent.setup();
    renderExercises();

    await user.click(await screen.findByRole('button', { name: 'Delete Sled Push' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));

    expect(await screen.findByText('Sled Push deleted.')).toBeInTheDocument();
    expect(server.calls('DELETE /api/v1/exercises/ex-sled')).toHaveLength(1);
  });
});
