// Copies of server answers the live workout needs after a reload with no signal (the workout, last
// time's numbers, who is signed in and their units). Queries opt in with `meta: { offline: true }`;
// everything else is only ever in memory.
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { isTransientFailure } from './offline-failures';
import { hasOfflineStore, offlineStore } from './offline-store';

export const OFFLINE_META = { offline: true } as const;

function copyKey(queryKey: QueryKey): string {
  return JSON.stringify(queryKey);
}

export async function saveCopy(queryKey: QueryKey, data: unknown): Promise<void> {
  if (!hasOfflineStore()) return;
  try {
    const db = await offlineStore();
    await db.put('copies', { key: copyKey(queryKey), data, savedAt: new Date().toISOString() });
  } catch {
    // Storage full, or deleted by a sign-out in progress: the app works online as before.
  }
}

export async function readCopy<T>(queryKey: QueryKey): Promise<T | undefined> {
  if (!hasOfflineStore()) return undefined;
  try {
    return (await (await offlineStore()).get('copies', copyKey(queryKey)))?.data as T | undefined;
  } catch {
    return undefined;
  }
}

/** Asks the server; when it cannot be reached, answers with the copy kept on the device, if there is one. */
export async function withOfflineCopy<T>(queryKey: QueryKey, fetcher: () => Promise<T>): Promise<T> {
  try {
    return await fetcher();
  } catch (error) {
    if (!isTransientFailure(error)) throw error;
    const copy = await readCopy<T>(queryKey);
    if (copy === undefined) throw error;
    return copy;
  }
}

/**
 * Keeps the device's copy of every opted-in query in step with the cache: answers from the server and the
 * app's own updates after a change (a set logged offline shows after a reload too).
 */
export function keepOfflineCopies(queryClient: QueryClient): () => void {
  return queryClient.getQueryCache().subscribe((event) => {
    // New data, or a screen starting to use data put in the cache before it (a started workout, the
    // signed-in user): that query's options, and so its opt-in, only arrive with the screen.
    const changed = (event.type === 'updated' && event.action.type === 'success') || event.type === 'observerAdded';
    if (!changed) return;
    const { query } = event;
    if (query.meta?.offline !== true || query.state.data === undefined) return;
    void saveCopy(query.queryKey, query.state.data);
  });
}
