import { useCallback, useEffect, useState } from 'react';
import { notifyRestOver } from '../offline/rest-notifications';
import { soundRestAlarm, unlockRestAlarm } from './rest-alarm';

interface StoredTimer {
  endsAt: number;
  durationSeconds: number;
}

/** A timer that ended longer ago than this while the page was closed ends silently. */
const LATE_ALARM_MS = 60_000;

export function restTimerStorageKey(workoutId: string): string {
  return `fitfolio:rest-timer:${workoutId}`;
}

function read(workoutId: string): StoredTimer | null {
  try {
    const raw = localStorage.getItem(restTimerStorageKey(workoutId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredTimer>;
    return typeof parsed.endsAt === 'number' && typeof parsed.durationSeconds === 'number'
      ? { endsAt: parsed.endsAt, durationSeconds: parsed.durationSeconds }
      : null;
  } catch {
    return null;
  }
}

function write(workoutId: string, timer: StoredTimer | null): void {
  try {
    if (timer) localStorage.setItem(restTimerStorageKey(workoutId), JSON.stringify(timer));
    else localStorage.removeItem(restTimerStorageKey(workoutId));
  } catch {
    // Private mode or a full quota: the timer still runs, it just will not survive a reload.
  }
}

/**
 * The rest countdown of one workout. The end time is kept in localStorage, so a reload (or the
 * phone killing the tab) picks the countdown up where it was; at zero it vibrates and beeps once.
 */
export function useRestTimer(workoutId: string) {
  const [timer, setTimer] = useState<StoredTimer | null>(() => read(workoutId));
  const [now, setNow] = useState(() => Date.now());
  const [finishedAt, setFinishedAt] = useState<number | null>(null);

  useEffect(() => {
    if (!timer) return;
    // After a reload there has been no tap yet: unlock the beep on the first one.
    window.addEventListener('pointerdown', unlockRestAlarm, { once: true });
    const tick = () => {
      const current = Date.now();
      setNow(current);
      if (current >= timer.endsAt) {
        write(workoutId, null);
        setTimer(null);
        if (current - timer.endsAt < LATE_ALARM_MS) {
          soundRestAlarm();
          void notifyRestOver();
          setFinishedAt(current);
        }
      }
    };
    tick();
    const interval = window.setInterval(tick, 250);
    return () => {
      window.clearInterval(interval);
      window.removeEventListener('pointerdown', unlockRestAlarm);
    };
  }, [timer, workoutId]);

  const start = useCallback(
    (seconds: number) => {
      unlockRestAlarm();
      const next = { endsAt: Date.now() + seconds * 1000, durationSeconds: seconds };
      write(workoutId, next);
      setFinishedAt(null);
      setNow(Date.now());
      setTimer(next);
    },
    [workoutId],
  );

  /** Adds (or, negative, takes off) rest time; taking off more than is left ends the rest. */
  const addSeconds = useCallback(
    (seconds: number) => {
      setTimer((current) => {
        if (!current) return current;
        const nowMs = Date.now();
        const endsAt = Math.max(nowMs, current.endsAt + seconds * 1000);
        const next = { endsAt, durationSeconds: Math.max(0, current.durationSeconds + seconds) };
        write(workoutId, next);
        setNow(nowMs);
        return next;
      });
    },
    [workoutId],
  );

  const stop = useCallback(() => {
    write(workoutId, null);
    setTimer(null);
    setFinishedAt(null);
  }, [workoutId]);

  const dismiss = useCallback(() => setFinishedAt(null), []);

  const secondsLeft = timer ? Math.max(0, Math.ceil((timer.endsAt - now) / 1000)) : 0;
  return { running: timer !== null, secondsLeft, finishedAt, start, addSeconds, stop, dismiss };
}

export type RestTimer = ReturnType<typeof useRestTimer>;
