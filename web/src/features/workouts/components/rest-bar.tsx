import { LiveStatus } from '../../../components/alert';
import { formatClock } from '../../../lib/training-labels';
import { useRestNotifications } from '../offline/rest-notifications';
import type { RestTimer } from './use-rest-timer';

/** The lifter's opt-in to an alert when rest ends with the app in the background; hidden where browsers cannot. */
function BackgroundAlertToggle() {
  const alerts = useRestNotifications();
  if (!alerts.supported) return null;
  return (
    <button
      type="button"
      className="button button--ghost rest-bar__button"
      aria-label="Alert me when rest ends, with the app in the background"
      aria-pressed={alerts.on}
      disabled={alerts.blocked}
      title={alerts.blocked ? 'Notifications are blocked in this browser’s site settings.' : undefined}
      onClick={() => void alerts.toggle()}
    >
      <span aria-hidden="true">{alerts.on ? '🔔' : '🔕'}</span>
    </button>
  );
}

/**
 * Fixed at the bottom of the screen, within thumb reach, while resting; the live log leaves room for it
 * below the last set, so it never covers the next one. "Rest over" stays until dismissed or the next set.
 */
export function RestBar({ timer }: { timer: RestTimer }) {
  return (
    <>
      <LiveStatus className="visually-hidden">
        {timer.running ? 'Rest timer started.' : timer.finishedAt ? 'Rest is over. Time for the next set.' : ''}
      </LiveStatus>
      {timer.running ? (
        <div className="rest-bar" role="region" aria-label="Rest timer">
          <span className="rest-bar__time" role="timer" aria-label="Rest time left">
            {formatClock(timer.secondsLeft)}
          </span>
          <button type="button" className="button button--secondary rest-bar__button" onClick={() => timer.addSeconds(-30)}>
            −30 s
          </button>
          <button type="button" className="button button--secondary rest-bar__button" onClick={() => timer.addSeconds(30)}>
            +30 s
          </button>
          <button type="button" className="button button--primary rest-bar__button" onClick={timer.stop}>
            Skip rest
          </button>
          <BackgroundAlertToggle />
        </div>
      ) : timer.finishedAt ? (
        <div className="rest-bar rest-bar--done" role="region" aria-label="Rest timer">
          <span className="rest-bar__time">Rest over</span>
          <button type="button" className="button button--secondary rest-bar__button" onClick={timer.dismiss}>
            Dismiss
          </button>
        </div>
      ) : null}
    </>
  );
}
