import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, noContent, problem } from '../../../test/fetch-router';
import { renderRoutes } from '../../../test/render';
import { BodyScreen } from './body-screen';
import { accountKg, accountLb, day } from './fixtures.test-data';

const recent = { items: [day('2026-11-28', { bodyWeightKg: 81.6466, sleepHours: 7.5, sleepQuality: 4, energy: 3, notes: 'Slept well' })] };

function renderBody(routes: Parameters<typeof mockFetch>[0] = {}, account: object = accountLb) {
  const server = mockFetch({
    'GET /api/v1/account': () => json(account),
    'GET /api/v1/metrics/daily': () => json(recent),
    'PUT /api/v1/metrics/daily/*': (r) => json({ date: r.path.split('/').pop(), ...(r.body as object) }),
    'DELETE /api/v1/metrics/daily/*': () => noContent(),
    ...routes,
  });
  renderRoutes([{ path: '/body', element: <BodyScreen /> }], { path: '/body' });
  return server;
}

// Several fields typed per test: slow on a busy two-core machine.
describe('BodyScreen', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-30T12:00:00Z'));
  });

  it('shows a loading state first', () => {
    renderBody({ 'GET /api/v1/metrics/daily': () => new Promise<Response>(() => {}) });

    expect(screen.getByText('Loading your days')).toBeInTheDocument();
  });

  it('logs today in a few taps, the weight typed in pounds and sent in kilograms', async () => {
    const server = renderBody();
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'Today, Nov 30, 2026' });
    await user.type(within(form).getByLabelText('Body weight (lb)'), '180');
    await user.type(within(form).getByLabelText('Sleep (hours)'), '7.5');
    await user.click(within(within(form).getByRole('group', { name: 'Sleep quality (1–5)' })).getByLabelText('4'));
    await user.click(within(within(form).getByRole('group', { name: 'Energy (1–5)' })).getByLabelText('5'));
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(server.calls('PUT /api/v1/metrics/daily/2026-11-30')).toHaveLength(1));
    expect(server.calls('PUT /api/v1/metrics/daily/2026-11-30')[0]?.body).toEqual({
      bodyWeightKg: 81.65,
      bodyFatPercent: null,
      sleepHours: 7.5,
      sleepQuality: 4,
      energy: 5,
      notes: null,
    });
    expect(await screen.findByText('Saved Nov 30, 2026.')).toBeInTheDocument();
  });

  it('refuses a body weight outside the limits before sending it', async () => {
    const server = renderBody({}, accountKg);
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: /Today/ });
    await user.type(within(form).getByLabelText('Body weight (kg)'), '500');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent('Body weight (kg) must be from 20 to 400.');
    expect(server.calls('PUT /api/v1/metrics/daily/2026-11-30')).toHaveLength(0);
  });

  it('lists recent days and edits one of them', async () => {
    const server = renderBody();
    const user = userEvent.setup();

    const list = await screen.findByRole('list', { name: 'Recent days, newest first' });
    expect(within(list).getByText('180 lb · 7.5 h sleep · sleep 4/5 · energy 3/5')).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: 'Edit Nov 28, 2026' }));

    const form = screen.getByRole('form', { name: 'Nov 28, 2026' });
    expect(within(form).getByLabelText('Body weight (lb)')).toHaveValue(180);
    expect(within(form).getByLabelText('Notes')).toHaveValue('Slept well');
    await user.clear(within(form).getByLabelText('Sleep (hours)'));
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(server.calls('PUT /api/v1/metrics/daily/2026-11-28')).toHaveLength(1));
    expect(server.calls('PUT /api/v1/metrics/daily/2026-11-28')[0]?.body).toMatchObject({ bodyWeightKg: 81.65, sleepHours: null, notes: 'Slept well' });
  });

  it('logs a missed day chosen by date', async () => {
    const server = renderBody({}, accountKg);
    const user = userEvent.setup();

    const today = await screen.findByRole('form', { name: /Today/ });
    fireEvent.change(within(today).getByLabelText('Day'), { target: { value: '2026-11-29' } });
    const form = screen.getByRole('form', { name: 'Nov 29, 2026' });
    await user.type(within(form).getByLabelText('Sleep (hours)'), '6');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(server.calls('PUT /api/v1/metrics/daily/2026-11-29')).toHaveLength(1));
  });

  it('deletes a day after confirming', async () => {
    const server = renderBody();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Delete Nov 28, 2026' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));

    await waitFor(() => expect(server.calls('DELETE /api/v1/metrics/daily/2026-11-28')).toHaveLength(1));
    expect(await screen.findByText('Deleted Nov 28, 2026.')).toBeInTheDocument();
  });

  it('says when nothing was logged lately', async () => {
    renderBody({ 'GET /api/v1/metrics/daily': () => json({ items: [] }) });

    expect(await screen.findByText('Nothing logged in the last 30 days.')).toBeInTheDocument();
  });

  it('shows the server’s answer when saving fails', async () => {
    renderBody({ 'PUT /api/v1/metrics/daily/*': () => problem(400, 'validation_failed', { detail: 'Sleep is out of range.' }) });
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: /Today/ });
    await user.type(within(form).getByLabelText('Sleep (hours)'), '8');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await within(form).findByRole('alert')).toBeInTheDocument();
  });
});
