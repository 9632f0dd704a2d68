// The offline database module, and idb with it, loads on first use: off the initial JS budget.
import type { OfflineDb } from './offline-db';

export function hasOfflineStore(): boolean {
  return typeof indexedDB !== 'undefined';
}

export async function offlineStore(): Promise<OfflineDb> {
  return (await import('./offline-db')).offlineDb();
}

export async function deleteOfflineStore(): Promise<void> {
  if (!hasOfflineStore()) return;
  await (await import('./offline-db')).deleteOfflineDb();
}
