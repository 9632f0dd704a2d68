import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { notifyRestOver, useRestNotifications } from './rest-notifications';

function browserWithNotifications(permission: NotificationPermission, answer: NotificationPermission = permission) {
  const showNotification = vi.fn(async () => undefined);
  const requestPermission = vi.fn(async () => answer);
  const NotificationStub = Object.assign(function Notification() {}, { permission, requestPermission });
  vi.stubGlobal('Notification', NotificationStub);
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { getRegistration: async () => ({ showNotification }) } });
  return { showNotification, requestPermission, grant: () => (NotificationStub.permission = 'granted') };
}

function hidden(isHidden: boolean) {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(isHidden ? 'hidden' : 'visible');
}

describe('rest-over notifications', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'serviceWorker');
    localStorage.clear();
  });

  it('ask for permission only when the lifter turns them on, and then notify through the service worker while the app is hidden', async () => {
    const browser = browserWithNotifications('default', 'granted');
    const { result } = renderHook(() => useRestNotifications());
    hidden(true);

    await notifyRestOver();
    expect(browser.requestPermission).not.toHaveBeenCalled();
    expect(browser.showNotification).not.toHaveBeenCalled();

    browser.grant();
    await act(() => result.current.toggle());
    expect(result.current.on).toBe(true);
    await notifyRestOver();

    expect(browser.showNotification).toHaveBeenCalledWith('Rest is over', expect.objectContaining({ tag: 'fitfolio-rest-over' }));
  });

  it('stay quiet while the app is on screen, where the beep and the bar say it', async () => {
    const browser = browserWithNotifications('granted');
    const { result } = renderHook(() => useRestNotifications());
    await act(() => result.current.toggle());
    hidden(false);

    await notifyRestOver();

    expect(browser.showNotification).not.toHaveBeenCalled();
  });

  it('stay off when the browser says no', async () => {
    const browser = browserWithNotifications('default', 'denied');
    const { result } = renderHook(() => useRestNotifications());
    hidden(true);

    await act(() => result.current.toggle());
    await notifyRestOver();

    expect(result.current.on).toBe(false);
    expect(browser.showNotification).not.toHaveBeenCalled();
  });
});
