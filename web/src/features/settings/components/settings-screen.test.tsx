import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '../../../test/fetch-router';
import { renderRoutes } from '../../../test/render';
import { SettingsScreen } from './settings-screen';

const account = {
  id: 'u1',
  email: 'lifter@example.com',
  displayName: 'Sam',
  unit: 'kg',
  timeZone: 'Europe/Berlin',
  timeZoneChosen: true,
  plateStepKg: 2.5,
  e1rmFormula: 'epley',
  createdAt: '2025-01-01T00:00:00Z',
};

function renderSettings() {
  return renderRoutes([{ path: '/settings', element: <SettingsScreen /> }], { path: '/settings' });
}

describe('SettingsScreen', () => {
  it('shows the saved name, unit and time zone', async () => {
    mockFetch({ 'GET /api/v1/account': () => json(account) });
    renderSettings();

    expect(await screen.findByLabelText('Display name')).toHaveValue('Sam');
    expect(screen.getByRole('radio', { name: 'Kilograms (kg)' })).toBeChecked();
    expect(screen.getByLabelText('Time zone')).toHaveValue('Europe/Berlin');
  });

  it('switches the weight unit to pounds and says it was saved', async () => {
    const server = mockFetch({
      'GET /api/v1/account': () => json(account),
      'PATCH /api/v1/account': (request) => json({ ...account, ...(request.body as object) }),
    });
    const user = userEvent.setup();
    renderSettings();

    await user.click(await screen.findByRole('radio', { name: 'Pounds (lb)' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(server.calls('PATCH /api/v1/account')[0]?.body).toEqual({
      displayName: 'Sam',
      unit: 'lb',
      timeZone: 'Europe/Berlin',
      e1rmFormula: 'epley',
    });
  });

  it('chooses the formula records and progress estimate a one-rep max with', async () => {
    const server = mockFetch({
      'GET /api/v1/account': () => json(account),
      'PATCH /api/v1/account': (request) => json({ ...account, ...(request.body as object) }),
    });
    const user = userEvent.setup();
    renderSettings();

    await user.selectOptions(await screen.findByLabelText('Estimated 1-rep max (e1RM)'), 'brzycki');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    await screen.findByText('Settings saved.');
    expect(server.calls('PATCH /api/v1/account')[0]?.body).toMatchObject({ e1rmFormula: 'brzycki' });
  });

  it('saves a plate step in kilograms, converted from the unit it is chosen in', async () => {
    const server = mockFetch({
      'GET /api/v1/account': () => json({ ...account, unit: 'lb', plateStepKg: 2.26796185 }),
      'PATCH /api/v1/account': (request) => json({ ...account, ...(request.body as object) }),
    });
    const user = userEvent.setup();
    renderSettings();

    expect(await screen.findByLabelText('Plate step (lb)')).toHaveValue('5');
    await user.selectOptions(screen.getByLabelText('Plate step (lb)'), '2.5');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    await screen.findByText('Settings saved.');
    expect(server.calls('PATCH /api/v1/account')[0]?.body).toMatchObject({ unit: 'lb', plateStepKg: 2.5 * 0.45359237 });
  });

  it('downloads the export as JSON or CSV and leads to import and account deletion', async () => {
    mockFetch({ 'GET /api/v1/account': () => json(account) });
    renderSettings();

    const download = await screen.findByRole('link', { name: 'Download JSON' });
    expect(download).toHaveAttribute('href', '/api/v1/export?format=json');
    expect(download).toHaveAttribute('download');
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute('href', '/api/v1/export?format=csv');
    expect(screen.getByRole('link', { name: 'Import from a file' })).toHaveAttribute('href', '/settings/import');
    expect(screen.getByRole('link', { name: 'Delete account…' })).toHaveAttribute('href', '/settings/delete-account');
  });
});
