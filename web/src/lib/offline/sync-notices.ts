// Things the lifter should know about a change that did reach the server, but not quite as they left it:
// "Set 2 of Bench Press was changed on another device; your change replaced it." Shown until dismissed.
import { useSyncExternalStore } from 'react';

export interface SyncNotice {
  id: number;
  message: string;
}

const NONE: readonly SyncNotice[] = [];
let notices: readonly SyncNotice[] = NONE;
let nextId = 1;
const listeners = new Set<() => void>();

function publish(next: readonly SyncNotice[]): void {
  notices = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function syncNotices(): readonly SyncNotice[] {
  return notices;
}

/** Adds a notice, unless the same one is already showing (a set replaced twice tells once). */
export function addSyncNotice(message: string): void {
  if (notices.some((n) => n.message === message)) return;
  publish([...notices, { id: nextId++, message }]);
}

export function dismissSyncNotice(id: number): void {
  publish(notices.filter((n) => n.id !== id));
}

/** After sign-out: nothing about the last person's sets stays on screen. */
export function forgetSyncNotices(): void {
  publish(NONE);
}

export function useSyncNotices(): readonly SyncNotice[] {
  return useSyncExternalStore(subscribe, syncNotices, () => NONE);
}
