import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { resetCsrfToken, setUnauthorizedHandler } from '../lib/api/client';

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

afterEach(() => {
  cleanup();
  resetCsrfToken();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});
