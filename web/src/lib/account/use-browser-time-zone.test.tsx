import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../api/types';
import { json, mockFetch } from '../../test/fetch-router';
import { createTestQueryClient } from '../../test/render';
import { useBrowserTimeZoneForNewAccount } from './use-browser-time-zone';

const user: User = { id: 'u1', email: 'a@example.com', displayName: '', unit: 'kg', timeZone: 'UTC', timeZoneChosen: false, plateStepKg: 2.5, e1rmFormula: 'epley', createdAt: '2025-01-01T00:00:00Z' };

function run(current: User) {
  const server = mockFetch({ 'PATCH /api/v1/account': (r) => json({ ...current, ...(r.body as object) }) });
  const onChanged = vi.fn();
  const client = createTestQueryClient();
  renderHook(() => useBrowserTimeZoneForNewAccount(current, onChanged), {
    wrapper: ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>,
  });
  return { server, onChanged };
}

describe('the browser’s time zone on first sign-in', () => {
  beforeEach(() => {
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({ timeZone: 'Europe/Paris' } as Intl.ResolvedDateTimeFormatOptions);
  });
  afterEach(() => vi.restoreAllMocks());

  it('replaces the UTC default with the browser’s zone until one is chosen', async () => {
    const { server, onChanged } = run(user);

    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(expect.objectContaining({ timeZone: 'Europe/Paris' })));
    expect(server.calls('PATCH /api/v1/account')[0]?.body).toEqual({ timeZone: 'Europe/Paris' });
  });

  it('leaves a chosen zone alone, UTC included', async () => {
    const { server } = run({ ...user, timeZoneChosen: true });

    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.calls('PATCH /api/v1/account')).toHaveLength(0);
  });
});
