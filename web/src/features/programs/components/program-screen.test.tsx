import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, noContent, problem } from '../../../test/fetch-router';
import { renderRoutes } from '../../../test/render';
import { ProgramScreen } from './program-screen';

const program = {
  id: 'p1',
  name: 'Upper/Lower',
  description: null,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  templates: [
    { id: 't1', name: 'Upper A', position: 0, exerciseCount: 5 },
    { id: 't2', name: 'Lower A', position: 1, exerciseCount: 4 },
  ],
};

function renderProgram(routes: Parameters<typeof mockFetch>[0] = {}) {
  const server = mockFetch({ 'GET /api/v1/programs/p1': () => json(program), ...routes });
  renderRoutes([{ path: '/programs/:programId', element: <ProgramScreen /> }], { path: '/programs/p1' });
  return server;
}

function templateOrder() {
  return within(screen.getByRole('list', { name: 'Templates in order' }))
    .getAllByRole('heading')
    .map((h) => h.textContent);
}

describe('ProgramScreen', () => {
  it('sends the new template order when a template moves up', async () => {
    const server = renderProgram({ 'PUT /api/v1/programs/p1/templates/order': () => noContent() });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Move Lower A up' }));

    expect(await screen.findByText('Lower A moved to position 1 of 2.')).toBeInTheDocument();
    expect(server.calls('PUT /api/v1/programs/p1/templates/order')[0]?.body).toEqual({ templateIds: ['t2', 't1'] });
  });

  it('puts the templates back in order when the server refuses the move', async () => {
    renderProgram({ 'PUT /api/v1/programs/p1/templates/order': () => problem(500, 'server_error') });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Move Lower A up' }));

    expect(await screen.findByText(/The order was put back/)).toBeInTheDocument();
    expect(templateOrder()).toEqual(['Upper A', 'Lower A']);
  });

  it('asks before deleting a program', async () => {
    const server = renderProgram({ 'DELETE /api/v1/programs/p1': () => noContent() });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Delete' }));

    expect(screen.getByRole('group', { name: 'Delete Upper/Lower?' })).toBeInTheDocument();
    expect(server.calls('DELETE /api/v1/programs/p1')).toHaveLength(0);
  });
});
