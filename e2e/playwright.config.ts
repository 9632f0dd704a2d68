import { defineConfig, type ReporterDescription } from '@playwright/test';

// e2e/run.sh starts the app and sets E2E_BASE_URL; point it at any running Development instance to run by hand.
const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:8080';
const resultsJson = process.env.E2E_RESULTS_JSON;

const reporter: ReporterDescription[] = [['list']];
if (resultsJson) reporter.push(['json', { outputFile: resultsJson }]);

export default defineConfig({
  testDir: './tests',
  // One shared machine with two cores: one browser at a time, generous time limits, no retries (a flake is a failure).
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  forbidOnly: !!process.env.CI,
  reporter,
  outputDir: '../artifacts/e2e-output',
  use: {
    baseURL,
    browserName: 'chromium',
    actionTimeout: 20_000,
    navigationTimeout: 45_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright cannot download its own browser on this machine.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      // A phone the size of a Pixel 8: where the app is used most, at the gym.
      name: 'phone',
      use: {
        viewport: { width: 393, height: 851 },
        deviceScaleFactor: 2.625,
        isMobile: true,
        hasTouch: true,
        userAgent:
          'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36',
      },
    },
    {
      // The same screens on a laptop: the accessibility scan and screenshots only.
      name: 'desktop',
      testMatch: /accessibility\.spec\.ts/,
      use: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
    },
  ],
});
