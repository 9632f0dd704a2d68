import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWakeLock } from './use-wake-lock';

describe('useWakeLock', () => {
  afterEach(() => Reflect.deleteProperty(navigator, 'wakeLock'));

  it('keeps the screen on while mounted and lets it sleep again after', async () => {
    const release = vi.fn(() => Promise.resolve());
    const request = vi.fn(() => Promise.resolve({ release }));
    Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true });

    const { unmount } = renderHook(() => useWakeLock());
    await Promise.resolve();
    await Promise.resolve();
    unmount();

    expect(request).toHaveBeenCalledWith('screen');
    expect(release).toHaveBeenCalled();
  });

  it('does nothing where the browser has no wake lock', () => {
    expect(() => renderHook(() => useWakeLock()).unmount()).not.toThrow();
  });
});
