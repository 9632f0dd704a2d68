import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '../../../test/fetch-router';
import { renderRoutes } from '../../../test/render';
import { TemplateEditorScreen } from './template-editor-screen';

const account = { id: 'u1', email: 'a@example.com', displayName: 'Sam', unit: 'lb', timeZone: 'UTC', createdAt: '2025-01-01T00:00:00Z' };
const row = { sets: 3, repsMin: 5, repsMax: 8, restSeconds: 180, targetRpe: null, notes: null };
const template = {
  id: 't1',
  programId: 'p1',
  name: 'Upper A',
  position: 0,
  exercises: [
    { ...row, id: 'te1', exerciseId: 'bench', exerciseName: 'Bench Press', position: 0, targetWeightKg: 225 * 0.45359237 },
    { ...row, id: 'te2', exerciseId: 'row', exerciseName: 'Barbell Row', position: 1, targetWeightKg: null },
  ],
};

function renderEditor() {
  const server = mockFetch({
    'GET /api/v1/account': () => json(account),
    'GET /api/v1/programs/p1/templates/t1': () => json(template),
    'PUT /api/v1/programs/p1/templates/t1': (request) => json({ ...template, ...(request.body as object) }),
  });
  renderRoutes([{ path: '/programs/:programId/templates/:templateId', element: <TemplateEditorScreen /> }], {
    path: '/programs/p1/templates/t1',
  });
  return server;
}

describe('TemplateEditorScreen', () => {
  it('shows the target weight in the user’s unit', async () => {
    renderEditor();

    const bench = await screen.findByRole('listitem', { name: '1. Bench Press' });
    expect(within(bench).getByLabelText('Target (lb)')).toHaveValue(225);
  });

  it('moves an exercise down and announces its new position', async () => {
    renderEditor();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Move Bench Press down' }));

    const names = within(screen.getByRole('list', { name: 'Exercises in order' }))
      .getAllByRole('listitem')
      .map((li) => li.getAttribute('aria-label'));
    expect(names).toEqual(['1. Barbell Row', '2. Bench Press']);
    expect(screen.getByText('Bench Press moved to position 2 of 2.')).toBeInTheDocument();
  });

  it('saves the exercises in their new order with the untouched weight unrounded', async () => {
    const server = renderEditor();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Move Barbell Row up' }));
    await user.click(screen.getByRole('button', { name: 'Save template' }));

    expect(await screen.findByText('Upper A saved.')).toBeInTheDocument();
    const body = server.calls('PUT /api/v1/programs/p1/templates/t1')[0]?.body as { exercises: { exerciseId: string; targetWeightKg: number | null }[] };
    expect(body.exercises.map((e) => e.exerciseId)).toEqual(['row', 'bench']);
    expect(body.exercises[1]?.targetWeightKg).toBe(225 * 0.45359237);
  });

  it('pairs an exercise with the next one as Superset A and saves both in group 1; ungrouping saves them on their own', async () => {
    const server = renderEditor();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Superset Bench Press with the next exercise' }));
    expect(within(screen.getByRole('listitem', { name: '2. Barbell Row' })).getByText('Superset A')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    expect(await screen.findByText('Upper A saved.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Take Barbell Row out of Superset A' }));
    await user.click(screen.getByRole('button', { name: 'Save template' }));

    const groups = server.calls('PUT /api/v1/programs/p1/templates/t1').map((call) => (call.body as { exercises: { group: number | null }[] }).exercises.map((e) => e.group));
    expect(groups).toEqual([
      [1, 1],
      [null, null],
    ]);
  });

  it('removes an exercise from the template', async () => {
    renderEditor();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Remove Bench Press' }));

    expect(screen.queryByRole('listitem', { name: /Bench Press/ })).not.toBeInTheDocument();
  });
});
