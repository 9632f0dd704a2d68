import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { resetCsrfToken, setUnauthorizedHandler } from '../lib/api/client';
import { deleteOfflineStore } from '../lib/offline/offline-store';
import { forgetQueueState } from '../lib/offline/change-queue';

// jsdom has no matchMedia; the chart library asks it for responsive options.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// jsdom cannot navigate; tests that care install their own handler.
beforeEach(() => setUnauthorizedHandler(() => {}));

afterEach(async () => {
  cleanup();
  resetCsrfToken();
  vi.useRealTimers();
  // Each test starts with an empty offline store (after real timers are back: fake-indexeddb runs on them).
  forgetQueueState();
  await deleteOfflineStore();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});
