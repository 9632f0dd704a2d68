import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '../../../test/fetch-router';
import { renderRoutes } from '../../../test/render';
import { DevMailboxScreen } from './dev-mailbox-screen';

const routes = [{ path: '/dev/mailbox', element: <DevMailboxScreen /> }];

describe('DevMailboxScreen', () => {
  it('lists mail with a clickable sign-in link', async () => {
    mockFetch({
      'GET /api/v1/dev/mailbox': () =>
        json({
          items: [
            {
              id: 'm1',
              to: 'lifter@example.com',
              subject: 'Your FitFolio sign-in link',
              textBody: 'Open this link…',
              link: 'http://localhost:8080/auth/verify?token=abc',
              sentAt: '2025-01-01T10:00:00Z',
            },
          ],
        }),
    });
    renderRoutes(routes, { path: '/dev/mailbox' });

    expect(await screen.findByRole('heading', { name: 'Your FitFolio sign-in link' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the sign-in link' })).toHaveAttribute(
      'href',
      'http://localhost:8080/auth/verify?token=abc',
    );
  });

  it('explains that the mailbox exists only in Development when the endpoint is missing', async () => {
    mockFetch({ 'GET /api/v1/dev/mailbox': () => problem(404, 'not_found') });
    renderRoutes(routes, { path: '/dev/mailbox' });

    expect(await screen.findByRole('heading', { name: 'No mailbox here' })).toBeInTheDocument();
  });

  it('shows an empty state when no mail was sent yet', async () => {
    mockFetch({ 'GET /api/v1/dev/mailbox': () => json({ items: [] }) });
    renderRoutes(routes, { path: '/dev/mailbox' });

    expect(await screen.findByRole('heading', { name: 'No mail yet' })).toBeInTheDocument();
  });
});
