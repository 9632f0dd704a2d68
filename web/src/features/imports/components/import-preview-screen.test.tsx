import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../lib/api/types';
import { json, mockFetch, noContent, problem } from '../../../test/fetch-router';
import { renderRoutes } from '../../../test/render';
import { ImportPreviewScreen } from './import-preview-screen';

const preview: ImportPreview = {
  id: 'imp-1',
  status: 'preview',
  format: 'strong',
  unit: 'kg',
  workouts: 12,
  sets: 240,
  exercises: [
    { sourceName: 'Bench Press (Barbell)', exerciseId: 'ex-bench', exerciseName: 'Barbell Bench Press', confidence: 1, setCount: 120, create: null },
    { sourceName: 'Skullcrusher', exerciseId: 'ex-curl', exerciseName: 'EZ Bar Curl', confidence: 0.64, setCount: 60, create: null },
    { sourceName: 'Landmine Rotation', exerciseId: null, exerciseName: null, confidence: 0, setCount: 60, create: null },
  ],
  skipped: [
    { line: 17, reason: 'Reps "ten" is not a number.' },
    { line: 42, reason: 'The date "31/02/2024 7:00" cannot be read.' },
  ],
  skippedTotal: 2,
  createdAt: '2026-11-30T09:00:00Z',
  result: null,
};

const catalogue = {
  items: [
    { id: 'ex-skull', name: 'EZ Bar Skullcrusher', primaryMuscles: ['triceps'], secondaryMuscles: [], equipment: 'ez_bar', isCustom: false, isArchived: false },
  ],
};

const committed = { status: 'committed', workoutsCreated: 11, setsCreated: 220, workoutsAlreadyPresent: 1, exercisesCreated: 1, skipped: preview.skipped };

function renderPreview(routes: Parameters<typeof mockFetch>[0] = {}) {
  const server = mockFetch({
    'GET /api/v1/imports/imp-1': () => json(preview),
    'GET /api/v1/exercises': () => json(catalogue),
    ...routes,
  });
  const view = renderRoutes([{ path: '/settings/import/:importId', element: <ImportPreviewScreen /> }], { path: '/settings/import/imp-1' });
  return { ...view, server, user: userEvent.setup() };
}

const names = () => screen.findByRole('list', { name: 'Exercise names in the file' });
const row = (name: string) => screen.getByRole('listitem', { name });

describe('ImportPreviewScreen', () => {
  it('shows the counts, each name with its match and confidence (low ones marked), and the skipped lines', async () => {
    renderPreview();

    await names();
    expect(screen.getByText('Workouts').nextSibling).toHaveTextContent('12');
    expect(screen.getByText('Sets').nextSibling).toHaveTextContent('240');
    expect(row('Bench Press (Barbell)')).toHaveTextContent('→ Barbell Bench Press sure match');
    expect(row('Bench Press (Barbell)')).not.toHaveClass('import-match--low');
    expect(row('Skullcrusher')).toHaveTextContent('EZ Bar Curl Low confidence (64%): check it');
    expect(row('Skullcrusher')).toHaveClass('import-match--low');
    expect(row('Landmine Rotation')).toHaveTextContent('No match a custom exercise of this name will be created');
    expect(screen.getByText('2 names to check: low-confidence matches and names with no match are marked.')).toBeInTheDocument();
    const skipped = screen.getByRole('list', { name: 'Skipped lines' });
    expect(within(skipped).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Line 17: Reps "ten" is not a number.',
      'Line 42: The date "31/02/2024 7:00" cannot be read.',
    ]);
  });

  it('changes a match from the catalogue and saves the mapping', async () => {
    const { server, user } = renderPreview({
      'PUT /api/v1/imports/imp-1/mapping': () =>
        json({ ...preview, exercises: preview.exercises.map((e) => (e.sourceName === 'Skullcrusher' ? { ...e, exerciseId: 'ex-skull', exerciseName: 'EZ Bar Skullcrusher', confidence: 1 } : e)) }),
    });

    await names();
    expect(screen.getByRole('button', { name: 'Save mapping' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Change the match for Skullcrusher' }));
    const picker = screen.getByRole('region', { name: 'Choose an exercise' });
    await user.type(within(picker).getByLabelText('Search exercises'), 'skull');
    await user.click(await within(picker).findByRole('button', { name: 'Use EZ Bar Skullcrusher' }));

    expect(row('Skullcrusher')).toHaveTextContent('→ EZ Bar Skullcrusher sure match');
    expect(row('Skullcrusher')).toHaveTextContent('Changed, not saved yet');
    await user.click(screen.getByRole('button', { name: 'Save mapping' }));

    expect(await screen.findByText('Mapping saved.')).toBeInTheDocument();
    expect(server.calls('PUT /api/v1/imports/imp-1/mapping')[0]?.body).toEqual({
      exercises: [{ sourceName: 'Skullcrusher', exerciseId: 'ex-skull' }],
    });
    expect(row('Skullcrusher')).not.toHaveTextContent('Changed, not saved yet');
  });

  it('creates a custom exercise for a name, and sends the unit when it is changed', async () => {
    const { server, user } = renderPreview({ 'PUT /api/v1/imports/imp-1/mapping': () => json(preview) });

    await names();
    await user.click(screen.getByRole('button', { name: 'Change the match for Landmine Rotation' }));
    await user.click(screen.getByRole('button', { name: 'Create a custom exercise instead' }));
    expect(screen.getByLabelText('Exercise name')).toHaveValue('Landmine Rotation');
    expect(screen.getByLabelText('Equipment')).toHaveValue('barbell');
    expect(screen.queryByText('Secondary muscles (optional)')).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Obliques' }));
    await user.selectOptions(screen.getByLabelText('Equipment'), 'other');
    await user.click(screen.getByRole('button', { name: 'Use this new exercise' }));
    expect(row('Landmine Rotation')).toHaveTextContent('→ new custom exercise Landmine Rotation (Other · Obliques)');
    await user.click(screen.getByRole('radio', { name: 'Pounds (lb)' }));
    await user.click(screen.getByRole('button', { name: 'Save mapping' }));

    await screen.findByText('Mapping saved.');
    expect(server.calls('PUT /api/v1/imports/imp-1/mapping')[0]?.body).toEqual({
      exercises: [{ sourceName: 'Landmine Rotation', create: { name: 'Landmine Rotation', equipment: 'other', primaryMuscles: ['obliques'] } }],
      unit: 'lb',
    });
  });

  it('commits (saving an unsaved change first) and shows what was written, with a link to the history', async () => {
    const { server, user } = renderPreview({
      'PUT /api/v1/imports/imp-1/mapping': () => json(preview),
      'POST /api/v1/imports/imp-1/commit': () => json(committed),
    });

    await names();
    await user.click(screen.getByRole('button', { name: 'Change the match for Skullcrusher' }));
    await user.type(screen.getByLabelText('Search exercises'), 'skull');
    await user.click(await screen.findByRole('button', { name: 'Use EZ Bar Skullcrusher' }));
    await user.click(screen.getByRole('button', { name: 'Import 12 workouts' }));

    expect(await screen.findByRole('heading', { name: 'What was added' })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Import complete');
    expect(screen.getByText('11 workouts added to your history.')).toBeInTheDocument();
    expect(screen.getByText('Sets').nextSibling).toHaveTextContent('220');
    expect(screen.getByText('Already there').nextSibling).toHaveTextContent('1');
    expect(screen.getByText('1 custom exercise created · 2 lines skipped')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See your history' })).toHaveAttribute('href', '/history');
    expect(server.requests.map((r) => `${r.method} ${r.path}`).filter((r) => r.startsWith('P'))).toEqual([
      'PUT /api/v1/imports/imp-1/mapping',
      'POST /api/v1/imports/imp-1/commit',
    ]);
  });

  it('says so when the whole file was already imported', async () => {
    const { user } = renderPreview({
      'POST /api/v1/imports/imp-1/commit': () => json({ ...committed, workoutsCreated: 0, setsCreated: 0, workoutsAlreadyPresent: 12, exercisesCreated: 0 }),
    });

    await names();
    await user.click(screen.getByRole('button', { name: 'Import 12 workouts' }));

    expect(await screen.findByText('Everything in this file was already in your history: nothing new was added.')).toBeInTheDocument();
  });

  it('shows a refused commit plainly and keeps the preview', async () => {
    const { user } = renderPreview({
      'POST /api/v1/imports/imp-1/commit': () =>
        problem(409, 'conflict', { title: 'This export can only be restored into an empty account', detail: 'The account already holds workouts.' }),
    });

    await names();
    await user.click(screen.getByRole('button', { name: 'Import 12 workouts' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The account already holds workouts.');
    expect(screen.getByRole('button', { name: 'Import 12 workouts' })).toBeEnabled();
  });

  it('discards the preview after confirming and goes back to the upload', async () => {
    const { server, user, router } = renderPreview({ 'DELETE /api/v1/imports/imp-1': () => noContent() });

    await names();
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    const confirm = screen.getByRole('group', { name: 'Discard this import?' });
    await user.click(within(confirm).getByRole('button', { name: 'Discard' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/settings/import'));
    expect(server.calls('DELETE /api/v1/imports/imp-1')).toHaveLength(1);
  });

  it('shows a committed import’s result when it is opened again', async () => {
    renderPreview({ 'GET /api/v1/imports/imp-1': () => json({ ...preview, status: 'committed', result: committed }) });
    expect(await screen.findByText('11 workouts added to your history.')).toBeInTheDocument();
  });

  it('says when the import was discarded or never existed', async () => {
    renderPreview({ 'GET /api/v1/imports/imp-1': () => problem(404, 'not_found') });
    expect(await screen.findByRole('alert')).toHaveTextContent('This import was discarded or does not exist.');
  });

  it('suggests the name and equipment of a new exercise from Strong’s parentheses', async () => {
    const { user } = renderPreview({
      'GET /api/v1/imports/imp-1': () => json({ ...preview, exercises: [{ ...preview.exercises[2]!, sourceName: 'Meadows Row (Smith Machine)' }] }),
    });

    await names();
    await user.click(screen.getByRole('button', { name: 'Change the match for Meadows Row (Smith Machine)' }));
    await user.click(screen.getByRole('button', { name: 'Create a custom exercise instead' }));

    expect(screen.getByLabelText('Exercise name')).toHaveValue('Meadows Row');
    expect(screen.getByLabelText('Equipment')).toHaveValue('smith_machine');
  });

  it('offers no change for a FitFolio export, whose exercises are restored as they were', async () => {
    renderPreview({
      'GET /api/v1/imports/imp-1': () =>
        json({ ...preview, format: 'fitfolio', exercises: [{ ...preview.exercises[0]!, sourceName: 'My Press' }], skipped: [], skippedTotal: 0 }),
    });

    await names();
    expect(screen.getByText('A FitFolio export keeps its exercises: they are restored as they were.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Change the match/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save mapping' })).not.toBeInTheDocument();
  });
});
