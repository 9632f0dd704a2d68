import { forgetQueueState } from './change-queue';
import { deleteOfflineStore } from './offline-store';
import { forgetSyncNotices } from './sync-notices';

// The app's keys in Web Storage all start so (the log not saved yet, notes being typed, the rest timer).
const APP_KEY_PREFIX = 'fitfolio:';
// The service worker's precache holds only the app's own files, no personal data: it stays, so the app
// still opens offline for the next person to sign in.
const APP_SHELL_CACHE_PREFIX = 'workbox-precache';

function clearAppKeys(storage: Storage): void {
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k?.startsWith(APP_KEY_PREFIX) ?? false);
  for (const key of keys) storage.removeItem(key);
}

/** On sign-out: every personal byte the app kept on the device goes (offline copies, waiting changes, drafts). */
export async function clearDeviceData(): Promise<void> {
  forgetQueueState();
  forgetSyncNotices();
  const work: Promise<unknown>[] = [deleteOfflineStore().catch(() => undefined)];
  if (typeof caches !== 'undefined') {
    work.push(
      caches
        .keys()
        .then((names) => Promise.all(names.filter((n) => !n.startsWith(APP_SHELL_CACHE_PREFIX)).map((n) => caches.delete(n))))
        .catch(() => undefined),
    );
  }
  try {
    clearAppKeys(localStorage);
    clearAppKeys(sessionStorage);
  } catch {
    // Storage disabled: nothing was kept there.
  }
  await Promise.all(work);
}
