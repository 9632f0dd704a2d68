// The device's offline store: copies of what the live workout needs to open with no signal, and the
// changes made offline waiting to be sent. One IndexedDB database, deleted whole on sign-out.
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const OFFLINE_DB_NAME = 'fitfolio-offline';

/** A change made while the server could not be reached, kept until the server takes it. */
export interface QueuedChange {
  /** Order of queuing (IndexedDB key): changes are sent in this order. */
  seq: number;
  /** Which request to send; the feature that queued it knows how. */
  kind: string;
  input: unknown;
  /** What the change is, for the lifter: "a set of Bench Press". */
  label: string;
  queuedAt: string;
  /** The server said no: kept for the lifter to retry or discard. */
  refused?: { status: number; message: string } | undefined;
}

interface OfflineSchema extends DBSchema {
  copies: { key: string; value: { key: string; data: unknown; savedAt: string } };
  changes: { key: number; value: QueuedChange };
}

export type OfflineDb = IDBPDatabase<OfflineSchema>;

let opening: Promise<OfflineDb> | null = null;

export function offlineDb(): Promise<OfflineDb> {
  opening ??= openDB<OfflineSchema>(OFFLINE_DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('copies', { keyPath: 'key' });
      db.createObjectStore('changes', { keyPath: 'seq', autoIncrement: true });
    },
    // Another tab deletes the database (sign-out there): let it, and open afresh next time.
    blocking() {
      void closeOfflineDb();
    },
  });
  return opening;
}

async function closeOfflineDb(): Promise<void> {
  const open = opening;
  opening = null;
  if (open) (await open.catch(() => null))?.close();
}

export async function deleteOfflineDb(): Promise<void> {
  await closeOfflineDb();
  await deleteDB(OFFLINE_DB_NAME);
}
