// Changes made while the server cannot be reached wait here, in order, and are sent in that order when it
// can again. Each change is a request that may safely be sent twice (a set's PUT carries the id the client
// gave it), so a change whose answer was lost is simply sent again: never twice stored.
import { useSyncExternalStore } from 'react';
import { ApiError, errorMessage } from '../api/api-error';
import type { QueuedChange } from './offline-db';
import { hasOfflineStore, offlineStore } from './offline-store';
import { isAuthFailure, isTransientFailure } from './offline-failures';

export type { QueuedChange };

export interface NewChange<I = unknown> {
  kind: string;
  input: I;
  label: string;
}

export interface QueueState {
  /** Changes waiting to be sent, the refused one included. */
  waiting: number;
  /** The first change the server refused: nothing after it is sent until it is retried or discarded. */
  refused: QueuedChange | null;
  syncing: boolean;
}

/** Sends one queued change; throws what the request threw. */
export type SendChange = (change: QueuedChange) => Promise<unknown>;

export type ReplayOutcome = 'done' | 'offline' | 'unauthorized' | 'refused' | 'busy';

const EMPTY: QueueState = { waiting: 0, refused: null, syncing: false };
let state: QueueState = EMPTY;
const listeners = new Set<() => void>();

function publish(next: QueueState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function subscribeToQueue(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function queueState(): QueueState {
  return state;
}

export function useQueueState(): QueueState {
  return useSyncExternalStore(subscribeToQueue, queueState, () => EMPTY);
}

/** Every change waiting, oldest first. */
export async function queuedChanges(): Promise<QueuedChange[]> {
  if (!hasOfflineStore()) return [];
  return (await offlineStore()).getAll('changes');
}

/** Re-reads the queue into the state the screens show. */
export async function refreshQueueState(syncing = state.syncing): Promise<void> {
  const changes = await queuedChanges().catch(() => []);
  publish({ waiting: changes.length, refused: changes.find((c) => c.refused) ?? null, syncing });
}

export async function enqueue(change: NewChange): Promise<void> {
  const db = await offlineStore();
  await db.add('changes', { ...change, queuedAt: new Date().toISOString() } as QueuedChange);
  await refreshQueueState();
}

export type SendResult<R> = { queued: false; result: R } | { queued: true };

/**
 * Sends a change now when the server is reachable and nothing is waiting before it; otherwise, or when the
 * request fails for want of a network, queues it to be sent later. Refusals from the server are thrown as before.
 */
export async function sendOrQueue<I, R>(change: NewChange<I>, send: (input: I) => Promise<R>): Promise<SendResult<R>> {
  if (!hasOfflineStore()) return { queued: false, result: await send(change.input) };
  const waiting = (await queuedChanges().catch(() => [])).length > 0;
  if (navigator.onLine && !waiting && !backingOff()) {
    try {
      return { queued: false, result: await send(change.input) };
    } catch (error) {
      if (!isTransientFailure(error)) throw error;
      backOff(error);
    }
  }
  await enqueue(change);
  return { queued: true };
}

let replaying: Promise<ReplayOutcome> | null = null;

/** Until when (ms since the epoch) the server asked not to be sent anything: Retry-After on a 503. */
let notBefore = 0;

/** A busy server's Retry-After holds every send until then, so a queue of changes does not hammer it. */
function backOff(error: unknown): void {
  if (error instanceof ApiError && error.retryAfterSeconds !== undefined) {
    notBefore = Math.max(notBefore, Date.now() + error.retryAfterSeconds * 1000);
  }
}

function backingOff(): boolean {
  return Date.now() < notBefore;
}

/**
 * Sends the waiting changes one at a time, oldest first, each removed once the server took it. Stops at
 * the first that cannot go yet (no network, signed out, a busy server's Retry-After not yet over) or that the
 * server refused, which is kept and marked.
 */
export function replayQueue(send: SendChange): Promise<ReplayOutcome> {
  if (replaying) return replaying.then(() => 'busy' as const);
  replaying = (async () => {
    await refreshQueueState(true);
    try {
      for (;;) {
        const [next] = await queuedChanges();
        if (!next) return 'done';
        if (next.refused) return 'refused';
        if (backingOff()) return 'offline';
        try {
          await send(next);
        } catch (error) {
          if (isTransientFailure(error)) {
            backOff(error);
            return 'offline';
          }
          if (isAuthFailure(error)) return 'unauthorized';
          await (await offlineStore()).put('changes', { ...next, refused: { status: statusOf(error), message: errorMessage(error) } });
          return 'refused';
        }
        await (await offlineStore()).delete('changes', next.seq);
        await refreshQueueState(true);
      }
    } finally {
      replaying = null;
      await refreshQueueState(false);
    }
  })();
  return replaying;
}

function statusOf(error: unknown): number {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : 0;
}

/** The lifter wants a refused change sent again (after fixing what was wrong, or to see the answer again). */
export async function retryChange(seq: number, send: SendChange): Promise<ReplayOutcome> {
  const db = await offlineStore();
  const change = await db.get('changes', seq);
  if (change) await db.put('changes', { ...change, refused: undefined });
  return replayQueue(send);
}

/** The lifter gives up a refused change: it is removed, and the changes after it can go. */
export async function discardChange(seq: number): Promise<void> {
  await (await offlineStore()).delete('changes', seq);
  await refreshQueueState();
}

/** After sign-out: the queue is gone with the database; the screens hear it at once. */
export function forgetQueueState(): void {
  notBefore = 0;
  publish(EMPTY);
}
