import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enqueue, queuedChanges } from '../../../lib/offline/change-queue';
import { json, mockFetch, problem } from '../../../test/fetch-router';
import { createTestQueryClient } from '../../../test/render';
import { OfflineBanner } from './offline-banner';

const set = (id: string, reps: number) => ({
  kind: 'put-set',
  input: { workoutId: 'w1', setId: id, exerciseName: 'Bench Press', body: { exerciseId: 'bench', reps, weightKg: 100 } },
  label: 'a set of Bench Press',
});

function renderBanner() {
  return render(
    <QueryClientProvider client={createTestQueryClient()}>
      <OfflineBanner />
    </QueryClientProvider>,
  );
}

describe('OfflineBanner', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says the device is offline and how many changes wait', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    mockFetch();
    await enqueue(set('s1', 5));
    await enqueue(set('s2', 5));

    renderBanner();

    expect(await screen.findByText(/You’re offline/)).toBeInTheDocument();
    expect(await screen.findByText(/2 changes waiting to sync/)).toBeInTheDocument();
  });

  it('sends what waits when it mounts online, in order, and then shows nothing', async () => {
    const server = mockFetch({ 'PUT /api/v1/workouts/w1/sets/*': (r) => json(r.body) });
    await enqueue(set('s1', 5));
    await enqueue(set('s2', 6));

    const { container } = renderBanner();

    await waitFor(() => expect(server.calls('PUT /api/v1/workouts/w1/sets/s2')).toHaveLength(1));
    expect(server.requests.filter((r) => r.method === 'PUT').map((r) => r.path)).toEqual(['/api/v1/workouts/w1/sets/s1', '/api/v1/workouts/w1/sets/s2']);
    await waitFor(() => expect(container).toBeEmptyDOMElement());
  });

  it('shows a refused change with the server’s reason, and discarding it lets the next one go', async () => {
    const server = mockFetch({
      'PUT /api/v1/workouts/w1/sets/s1': () => problem(422, 'validation_failed', { detail: 'Reps must be at most 1000.' }),
      'PUT /api/v1/workouts/w1/sets/s2': (r) => json(r.body),
    });
    await enqueue(set('s1', 5000));
    await enqueue(set('s2', 5));
    const user = userEvent.setup();

    renderBanner();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not saved: a set of Bench Press.');
    expect(alert).toHaveTextContent('Reps must be at most 1000.');
    expect(server.calls('PUT /api/v1/workouts/w1/sets/s2')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Discard this change' }));

    await waitFor(() => expect(server.calls('PUT /api/v1/workouts/w1/sets/s2')).toHaveLength(1));
    await waitFor(async () => expect(await queuedChanges()).toEqual([]));
  });

  it('tells the lifter when a queued set replaced an edit made on another device, until dismissed', async () => {
    mockFetch({ 'PUT /api/v1/workouts/w1/sets/*': (r) => json({ ...(r.body as object), id: 's1', replacedNewerEdit: true }) });
    await enqueue({ ...set('s1', 7), input: { ...set('s1', 7).input, setLabel: 'Set 2 of Bench Press', body: { exerciseId: 'bench', reps: 7, weightKg: 100, baseVersion: 'v1' } } });
    const user = userEvent.setup();

    renderBanner();

    const notice = await screen.findByRole('status', { name: 'Sync notices' });
    expect(notice).toHaveTextContent('Set 2 of Bench Press was changed on another device; your change replaced it.');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status', { name: 'Sync notices' })).not.toBeInTheDocument();
  });
});
