import { useState } from 'react';
import { discardChange, retryChange, useQueueState } from '../../../lib/offline/change-queue';
import { dismissSyncNotice, useSyncNotices } from '../../../lib/offline/sync-notices';
import { useOnline } from '../../../lib/offline/use-online';
import { sendWorkoutChange, useWorkoutSync } from './workout-sync';

function changesWaiting(count: number): string {
  return count === 1 ? '1 change waiting to sync' : `${count} changes waiting to sync`;
}

/** A change that reached the server differently than planned (another device's edit it replaced), until dismissed. */
function SyncNotices() {
  const notices = useSyncNotices();
  if (notices.length === 0) return null;
  return (
    <div className="alert alert--warning offline-banner" role="status" aria-label="Sync notices">
      {notices.map((notice) => (
        <div key={notice.id} className="offline-banner__notice">
          <p>{notice.message}</p>
          <button type="button" className="button button--ghost" onClick={() => dismissSyncNotice(notice.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}

/**
 * Above every signed-in page: that there is no signal, how many changes wait to be sent, a change the server
 * refused (kept until the lifter retries or discards it: never dropped without a word), and sync notices.
 */
export function OfflineBanner() {
  return (
    <>
      <SyncNotices />
      <QueueBanner />
    </>
  );
}

function QueueBanner() {
  const online = useOnline();
  const { waiting, refused, syncing } = useQueueState();
  const sync = useWorkoutSync();
  const [busy, setBusy] = useState(false);

  if (refused) {
    const act = (action: () => Promise<unknown>) => {
      setBusy(true);
      void action().finally(() => setBusy(false));
    };
    return (
      <div className="alert alert--error offline-banner" role="alert">
        <p>
          <strong>Not saved: {refused.label}.</strong> The server refused it: {refused.refused?.message}
        </p>
        <p>{changesWaiting(waiting)}. Changes after this one wait until it is retried or discarded.</p>
        <div className="offline-banner__actions">
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => act(() => retryChange(refused.seq, sendWorkoutChange))}>
            Retry
          </button>
          <button type="button" className="button button--danger-outline" disabled={busy} onClick={() => act(() => discardChange(refused.seq).then(sync))}>
            Discard this change
          </button>
        </div>
      </div>
    );
  }
  if (online && waiting === 0) return null;
  return (
    <div className="alert alert--warning offline-banner" role="status">
      <p>
        {online ? null : <strong>You’re offline. </strong>}
        {waiting > 0 ? `${changesWaiting(waiting)}${syncing && online ? ' — syncing…' : '.'}` : 'Your workout keeps working; changes sync when the signal is back.'}
      </p>
    </div>
  );
}
