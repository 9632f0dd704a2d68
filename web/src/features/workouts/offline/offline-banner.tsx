import { useState } from 'react';
import { discardChange, retryChange, useQueueState } from '../../../lib/offline/change-queue';
import { useOnline } from '../../../lib/offline/use-online';
import { sendWorkoutChange, useWorkoutSync } from './workout-sync';

function changesWaiting(count: number): string {
  return count === 1 ? '1 change waiting to sync' : `${count} changes waiting to sync`;
}

/**
 * Above every signed-in page: that there is no signal, how many changes wait to be sent, and a change the
 * server refused (kept until the lifter retries or discards it: never dropped without a word).
 */
export function OfflineBanner() {
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
