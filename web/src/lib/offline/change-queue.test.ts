import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error';
import { discardChange, enqueue, queuedChanges, queueState, replayQueue, retryChange, sendOrQueue, type QueuedChange } from './change-queue';

const networkDown = () => new ApiError({ status: 0, code: 'network_error', title: 'Network error' });
const busyFor = (seconds: number) =>
  new ApiError({ status: 503, code: 'dependency_unavailable', title: 'Unavailable', retryAfterSeconds: seconds });
const refusedWith = (status: number) => new ApiError({ status, code: 'validation_failed', title: 'Invalid', detail: 'Reps must be at most 1000.' });

function setOnline(online: boolean): void {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
}

/** A stand-in server that records what it was sent and stores sets by id, as the PUT does. */
function fakeServer() {
  const sets = new Map<string, unknown>();
  const sent: string[] = [];
  let failNext: ApiError | null = null;
  const send = vi.fn(async (change: QueuedChange) => {
    sent.push(change.label);
    if (failNext) {
      const error = failNext;
      failNext = null;
      throw error;
    }
    const input = change.input as { id: string; reps: number };
    if (change.kind === 'put') sets.set(input.id, input);
    if (change.kind === 'delete') sets.delete(input.id);
  });
  return { sets, sent, send, failOnce: (error: ApiError) => (failNext = error) };
}

const put = (id: string, reps = 5) => ({ kind: 'put', input: { id, reps }, label: `set ${id}` });

describe('the change queue', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sends at once when online with nothing waiting', async () => {
    setOnline(true);
    const send = vi.fn(async (input: { id: string }) => input.id);

    const result = await sendOrQueue(put('a'), send);

    expect(result).toEqual({ queued: false, result: 'a' });
    expect(await queuedChanges()).toHaveLength(0);
  });

  it('queues when offline, and when the network fails mid-request', async () => {
    setOnline(false);
    const send = vi.fn(async () => 'sent');
    expect(await sendOrQueue(put('a'), send)).toEqual({ queued: true });
    expect(send).not.toHaveBeenCalled();

    setOnline(true);
    await discardChange((await queuedChanges())[0]!.seq);
    const failing = vi.fn(async () => {
      throw networkDown();
    });
    expect(await sendOrQueue(put('b'), failing)).toEqual({ queued: true });
    expect((await queuedChanges()).map((c) => c.label)).toEqual(['set b']);
    expect(queueState().waiting).toBe(1);
  });

  it('queues behind changes already waiting, so the server gets them in order', async () => {
    setOnline(true);
    await enqueue(put('a'));
    const send = vi.fn(async () => 'sent');

    expect(await sendOrQueue(put('b'), send)).toEqual({ queued: true });
    expect(send).not.toHaveBeenCalled();
  });

  it('passes a refusal from the server straight to the caller, queuing nothing', async () => {
    setOnline(true);
    await expect(sendOrQueue(put('a'), async () => Promise.reject(refusedWith(400)))).rejects.toThrow('Reps must be at most 1000.');
    expect(await queuedChanges()).toHaveLength(0);
  });

  it('replays in the order the changes were made and empties the queue', async () => {
    const server = fakeServer();
    await enqueue(put('a'));
    await enqueue(put('b'));
    await enqueue({ kind: 'delete', input: { id: 'a' }, label: 'delete a' });
    await enqueue(put('c'));

    expect(await replayQueue(server.send)).toBe('done');

    expect(server.sent).toEqual(['set a', 'set b', 'delete a', 'set c']);
    expect([...server.sets.keys()]).toEqual(['b', 'c']);
    expect(await queuedChanges()).toHaveLength(0);
    expect(queueState()).toEqual({ waiting: 0, refused: null, syncing: false });
  });

  it('stops when the network drops mid-replay and sends the rest, never twice stored, next time', async () => {
    const server = fakeServer();
    await enqueue(put('a'));
    await enqueue(put('b', 6));
    server.send.mockImplementationOnce(async (change) => {
      // Stored, but the answer never came back.
      server.sets.set((change.input as { id: string }).id, change.input);
      throw networkDown();
    });

    expect(await replayQueue(server.send)).toBe('offline');
    expect((await queuedChanges()).map((c) => c.label)).toEqual(['set a', 'set b']);

    expect(await replayQueue(server.send)).toBe('done');
    expect(server.sets.size).toBe(2);
    expect(server.sets.get('b')).toEqual({ id: 'b', reps: 6 });
  });

  it('keeps waiting changes while signed out, without marking them refused', async () => {
    const server = fakeServer();
    await enqueue(put('a'));
    server.failOnce(new ApiError({ status: 401, code: 'unauthorized', title: 'Sign in' }));

    expect(await replayQueue(server.send)).toBe('unauthorized');
    expect(queueState()).toMatchObject({ waiting: 1, refused: null });
  });

  it('keeps a refused change with the server’s reason, holds the ones after it, and sends them after a retry', async () => {
    const server = fakeServer();
    await enqueue(put('a'));
    await enqueue(put('b'));
    server.failOnce(refusedWith(422));

    expect(await replayQueue(server.send)).toBe('refused');
    const { refused, waiting } = queueState();
    expect(waiting).toBe(2);
    expect(refused?.label).toBe('set a');
    expect(refused?.refused).toEqual({ status: 422, message: 'Reps must be at most 1000.' });
    // Replaying again does not push past it.
    expect(await replayQueue(server.send)).toBe('refused');
    expect(server.sent).toEqual(['set a']);

    expect(await retryChange(refused!.seq, server.send)).toBe('done');
    expect([...server.sets.keys()]).toEqual(['a', 'b']);
  });

  it('sends the changes after a refused one once it is discarded', async () => {
    const server = fakeServer();
    await enqueue(put('a'));
    await enqueue(put('b'));
    server.failOnce(refusedWith(400));
    await replayQueue(server.send);

    await discardChange(queueState().refused!.seq);
    expect(await replayQueue(server.send)).toBe('done');

    expect([...server.sets.keys()]).toEqual(['b']);
  });

  it('runs one replay at a time', async () => {
    const server = fakeServer();
    await enqueue(put('a'));

    const [first, second] = await Promise.all([replayQueue(server.send), replayQueue(server.send)]);

    expect([first, second]).toEqual(['done', 'busy']);
    expect(server.sent).toEqual(['set a']);
  });

  it('sends nothing more until a busy server\'s Retry-After is over, then sends what waits', async () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_000_000);
    const server = fakeServer();
    await enqueue(put('a'));
    server.failOnce(busyFor(30));

    expect(await replayQueue(server.send)).toBe('offline');
    now.mockReturnValue(1_000_000 + 29_000);
    expect(await replayQueue(server.send)).toBe('offline');
    expect(server.sent).toEqual(['set a']);

    now.mockReturnValue(1_000_000 + 30_000);
    expect(await replayQueue(server.send)).toBe('done');
    expect(server.sent).toEqual(['set a', 'set a']);
  });

  it('queues a new change without sending it while a busy server\'s Retry-After runs', async () => {
    setOnline(true);
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_000_000);
    const busy = vi.fn(async () => Promise.reject(busyFor(10)));
    expect(await sendOrQueue(put('a'), busy)).toEqual({ queued: true });
    await discardChange((await queuedChanges())[0]!.seq);
    const send = vi.fn(async () => 'sent');

    now.mockReturnValue(1_000_000 + 5_000);
    expect(await sendOrQueue(put('b'), send)).toEqual({ queued: true });
    expect(send).not.toHaveBeenCalled();

    now.mockReturnValue(1_000_000 + 10_000);
    await discardChange((await queuedChanges())[0]!.seq);
    expect(await sendOrQueue(put('c'), send)).toEqual({ queued: false, result: 'sent' });
  });
});
