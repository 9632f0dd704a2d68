// The rest timer's alert when the app is in the background: a notification shown through the service worker
// (pages cannot show one by themselves on Android). Only after the lifter turns it on with a tap; it never asks
// on its own. Browsers give a background page no guaranteed timer: the alert comes when the page next runs,
// which may be late, or not until the app is opened again if the system froze it (see ADR 0016).
import { useCallback, useSyncExternalStore } from 'react';

const OPT_IN_KEY = 'fitfolio:rest-notifications';
const listeners = new Set<() => void>();

export function restNotificationsSupported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window && 'serviceWorker' in navigator;
}

function optedIn(): boolean {
  try {
    return localStorage.getItem(OPT_IN_KEY) === 'on';
  } catch {
    return false;
  }
}

/** On only while both the lifter wants it and the browser allows it (permission can be withdrawn in its settings). */
export function restNotificationsOn(): boolean {
  return restNotificationsSupported() && optedIn() && Notification.permission === 'granted';
}

function setOptIn(on: boolean): void {
  try {
    if (on) localStorage.setItem(OPT_IN_KEY, 'on');
    else localStorage.removeItem(OPT_IN_KEY);
  } catch {
    // Storage disabled: the choice lasts until the page closes.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows "Rest is over" when the app is not on screen and the lifter turned alerts on; a no-op otherwise. */
export async function notifyRestOver(): Promise<void> {
  if (!restNotificationsOn() || document.visibilityState === 'visible') return;
  const registration = await navigator.serviceWorker.getRegistration();
  await registration?.showNotification('Rest is over', {
    body: 'Time for the next set.',
    tag: 'fitfolio-rest-over',
    icon: '/icons/icon-192.png',
    data: { url: window.location.pathname },
  });
}

export interface RestNotifications {
  supported: boolean;
  on: boolean;
  /** The browser said no for good: only its site settings can allow it again. */
  blocked: boolean;
  /** Asks the browser (from the lifter's tap) when turning on. */
  toggle: () => Promise<void>;
}

export function useRestNotifications(): RestNotifications {
  const on = useSyncExternalStore(subscribe, restNotificationsOn, () => false);
  const supported = restNotificationsSupported();
  const toggle = useCallback(async () => {
    if (!restNotificationsSupported()) return;
    if (restNotificationsOn()) return setOptIn(false);
    const permission = Notification.permission === 'granted' ? 'granted' : await Notification.requestPermission();
    setOptIn(permission === 'granted');
  }, []);
  return { supported, on, blocked: supported && Notification.permission === 'denied', toggle };
}
