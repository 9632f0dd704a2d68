import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockUploads } from '../../../test/fake-xhr';
import { json, mockFetch } from '../../../test/fetch-router';
import { renderRoutes } from '../../../test/render';
import { ImportScreen } from './import-screen';

const account = { id: 'u1', email: 'lifter@example.com', displayName: 'Sam', unit: 'lb', timeZone: 'Europe/Berlin', timeZoneChosen: true, plateStepKg: 2.26796185, createdAt: '2025-01-01T00:00:00Z' };

const csv = () => new File(['Date,Workout Name,Exercise Name\n'], 'strong.csv', { type: 'text/csv' });

function renderImport() {
  mockFetch({ 'GET /api/v1/account': () => json(account) });
  const uploads = mockUploads();
  const view = renderRoutes([{ path: '/settings/import', element: <ImportScreen /> }], { path: '/settings/import' });
  return { ...view, uploads, user: userEvent.setup() };
}

describe('ImportScreen', () => {
  it('uploads the file with the format and unit, shows the share sent, then that the server is reading it, then opens the preview', async () => {
    const { uploads, user, router } = renderImport();

    await user.upload(screen.getByLabelText('File to import'), csv());
    await user.selectOptions(screen.getByLabelText('Format'), 'strong');
    expect(await screen.findByRole('radio', { name: 'Pounds (lb)' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Upload and preview' }));

    await waitFor(() => expect(uploads).toHaveLength(1));
    const upload = uploads[0]!;
    act(() => upload.progress(256, 1024));
    const bar = screen.getByRole('progressbar', { name: 'Uploading strong.csv: 25%' });
    expect(bar).toHaveAttribute('value', '25');
    expect(screen.getByRole('button', { name: 'Uploading…' })).toBeDisabled();

    act(() => {
      upload.progress(1024, 1024);
      upload.sent();
    });
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByText(/Reading your file: checking every line/)).toBeInTheDocument();

    act(() => upload.respond(201, { id: 'imp-1', status: 'preview' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings/import/imp-1'));
    expect(upload.url).toBe('/api/v1/imports');
    expect(upload.headers.get('X-CSRF-Token')).toBe('csrf-1');
    expect([...upload.body!.keys()]).toEqual(['format', 'unit', 'file']);
    expect(upload.body!.get('format')).toBe('strong');
    expect(upload.body!.get('unit')).toBe('lb');
    expect((upload.body!.get('file') as File).name).toBe('strong.csv');
  });

  it('leaves the format out when it is to be recognised from the file', async () => {
    const { uploads, user } = renderImport();

    await user.upload(screen.getByLabelText('File to import'), csv());
    await user.click(await screen.findByRole('radio', { name: 'Kilograms (kg)' }));
    await user.click(screen.getByRole('button', { name: 'Upload and preview' }));

    await waitFor(() => expect(uploads).toHaveLength(1));
    expect(uploads[0]!.body!.has('format')).toBe(false);
    expect(uploads[0]!.body!.get('unit')).toBe('kg');
  });

  it('shows a refused file plainly, naming its line, and lets the user try again', async () => {
    const { uploads, user } = renderImport();

    await user.upload(screen.getByLabelText('File to import'), csv());
    await user.click(screen.getByRole('button', { name: 'Upload and preview' }));
    await waitFor(() => expect(uploads).toHaveLength(1));
    act(() =>
      uploads[0]!.respond(
        400,
        { title: 'The file cannot be imported', status: 400, detail: 'The header is not a Strong or Hevy export.', code: 'invalid_import_file', line: 1 },
        'application/problem+json',
      ),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The file cannot be imported: The header is not a Strong or Hevy export. (line 1)',
    );
    expect(screen.getByRole('button', { name: 'Upload and preview' })).toBeEnabled();
  });

  it('asks for a file before uploading and refuses one above 50 MB without sending it', async () => {
    const { uploads, user } = renderImport();

    await user.click(screen.getByRole('button', { name: 'Upload and preview' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose the file to import.');

    const huge = csv();
    Object.defineProperty(huge, 'size', { value: 51 * 1024 * 1024 });
    await user.upload(screen.getByLabelText('File to import'), huge);
    await user.click(screen.getByRole('button', { name: 'Upload and preview' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The file is larger than 50 MB.');
    expect(uploads).toHaveLength(0);
  });
});
