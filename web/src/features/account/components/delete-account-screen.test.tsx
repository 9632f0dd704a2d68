import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, noContent, problem } from '../../../test/fetch-router';
import { renderRoutes } from '../../../test/render';
import { DeleteAccountScreen } from './delete-account-screen';

const account = { id: 'u1', email: 'Lifter@example.com', displayName: 'Sam', unit: 'kg', timeZone: 'Europe/Berlin', timeZoneChosen: true, plateStepKg: 2.5, createdAt: '2025-01-01T00:00:00Z' };
const exercise = (id: string, isCustom: boolean) => ({ id, name: id, primaryMuscles: ['chest'], secondaryMuscles: [], equipment: 'barbell', isCustom, isArchived: false });

function renderDelete(routes: Parameters<typeof mockFetch>[0] = {}) {
  const server = mockFetch({
    'GET /api/v1/account': () => json(account),
    'GET /api/v1/workouts': () => json({ items: [], page: 1, pageSize: 1, total: 48 }),
    'GET /api/v1/programs': () => json({ items: [{ id: 'p1' }, { id: 'p2' }] }),
    'GET /api/v1/exercises': () => json({ items: [exercise('built-in', false), exercise('mine', true)] }),
    'GET /api/v1/auth/passkeys': () => json({ items: [] }),
    ...routes,
  });
  const view = renderRoutes([{ path: '/settings/delete-account', element: <DeleteAccountScreen /> }], { path: '/settings/delete-account' });
  return { ...view, server, user: userEvent.setup() };
}

const field = () => screen.findByLabelText('Type your email address to confirm');
const deleteButton = () => screen.getByRole('button', { name: 'Delete my account and all its data' });

describe('DeleteAccountScreen', () => {
  it('names what will be deleted, with the counts of the account', async () => {
    renderDelete();

    const list = await screen.findByRole('list', { name: 'What will be deleted' });
    await waitFor(() => expect(list).toHaveTextContent('48 workouts, with every set logged in them'));
    expect(list).toHaveTextContent('2 programs and their workout templates');
    expect(list).toHaveTextContent('1 custom exercise');
    expect(list).toHaveTextContent('0 passkeys, your signed-in devices and sign-in activity');
  });

  it('names the kinds of data when the counts cannot be read', async () => {
    renderDelete({ 'GET /api/v1/workouts': () => problem(503, 'dependency_unavailable') });

    const list = await screen.findByRole('list', { name: 'What will be deleted' });
    await waitFor(() => expect(list).toHaveTextContent('0 passkeys'));
    expect(list).toHaveTextContent('Workouts, with every set logged in them');
    expect(list).toHaveTextContent('Programs and their workout templates');
  });

  it('enables deletion only once the account’s exact email is typed', async () => {
    const { user } = renderDelete();

    const input = await field();
    expect(deleteButton()).toBeDisabled();
    await user.type(input, 'lifter@example.com');
    expect(deleteButton()).toBeDisabled();
    await user.clear(input);
    await user.type(input, 'Lifter@example.co');
    expect(deleteButton()).toBeDisabled();
    await user.type(input, 'm');
    expect(deleteButton()).toBeEnabled();
  });

  it('deletes with the typed email and lands on the sign-in page', async () => {
    const { server, user, router } = renderDelete({ 'DELETE /api/v1/account': () => noContent() });

    await user.type(await field(), 'Lifter@example.com');
    await user.click(deleteButton());

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe('?account=deleted');
    const [request] = server.calls('DELETE /api/v1/account');
    expect(request?.body).toEqual({ confirm: 'Lifter@example.com' });
    expect(request?.headers.get('X-CSRF-Token')).toBe('csrf-1');
  });

  it('offers to sign in again when the last sign-in is too old', async () => {
    const { user } = renderDelete({ 'DELETE /api/v1/account': () => problem(403, 'reauth_required') });

    await user.type(await field(), 'Lifter@example.com');
    await user.click(deleteButton());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Please sign in again.');
    expect(within(alert).getByRole('link', { name: 'Sign in again' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Fsettings%2Fdelete-account',
    );
  });
});
