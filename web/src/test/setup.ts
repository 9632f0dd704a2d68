import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { resetCsrfToken, setUnauthorizedHandler } from '../lib/api/client';

// jsdom cannot navigate; tests that care install their own handler.
beforeEach(() => setUnauthorizedHandler(() => {}));

afterEach(() => {
  cleanup();
  resetCsrfToken();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});
