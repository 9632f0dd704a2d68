import { test as base, expect, type BrowserContext, type ConsoleMessage, type Page } from '@playwright/test';

/** An HTTP error response the test expects; Chromium logs every 4xx/5xx as a console error. */
export interface ExpectedHttpError {
  path: string | RegExp;
  status: number;
}

// Answers the app gives on purpose and the browser logs anyway.
const ALWAYS_EXPECTED: ExpectedHttpError[] = [
  // The SPA asks who is signed in on every protected page; signed out, the answer is 401.
  { path: '/api/v1/auth/me', status: 401 },
];

const FAILED_RESOURCE = /^Failed to load resource: the server responded with a status of (\d{3})/;

function matches(rule: ExpectedHttpError, path: string, status: number): boolean {
  if (rule.status !== status) return false;
  return typeof rule.path === 'string' ? rule.path === path : rule.path.test(path);
}

function isExpectedHttpError(message: ConsoleMessage, expected: ExpectedHttpError[]): boolean {
  const failed = FAILED_RESOURCE.exec(message.text());
  const url = message.location().url;
  if (!failed || !url) return false;
  const path = new URL(url).pathname;
  const status = Number(failed[1]);
  return expected.some((rule) => matches(rule, path, status));
}

interface Fixtures {
  /** Lets a test declare an HTTP error it provokes on purpose (e.g. 400 from a used link). */
  expectHttpError: (path: string | RegExp, status: number) => void;
  /** What the browser did wrong during the test; asserted empty when the test ends. */
  browserProblems: string[];
  expectedHttpErrors: ExpectedHttpError[];
  /**
   * Opens a page in a new browser context (another device: its own cookies, the project's viewport and
   * user agent), watched like `page`. The contexts close when the test ends.
   */
  anotherDevice: () => Promise<Page>;
}

/**
 * Records on `problems` every console error (unless it is an expected HTTP error answer), uncaught page
 * error and Content-Security-Policy violation of `page`.
 */
async function watchBrowser(page: Page, problems: string[], expected: ExpectedHttpError[], name = ''): Promise<void> {
  const prefix = name ? `${name}: ` : '';
  // A binding (not a page script), so the strict CSP does not stop the report from reaching the test.
  await page.exposeFunction('__e2eReportCspViolation', (report: string) => {
    problems.push(`${prefix}CSP violation: ${report}`);
  });
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as { __e2eReportCspViolation?: (r: string) => void })
          .__e2eReportCspViolation;
        void report?.(
          JSON.stringify({
            directive: event.effectiveDirective,
            blocked: event.blockedURI,
            source: `${event.sourceFile}:${event.lineNumber}`,
            sample: event.sample,
          }),
        );
      },
      true,
    );
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (isExpectedHttpError(message, expected)) return;
    const { url, lineNumber } = message.location();
    problems.push(`${prefix}console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => {
    problems.push(`${prefix}page error: ${error.name}: ${error.message}`);
  });
}

/**
 * Every test fails when the page logs a console error, throws an uncaught error or violates the
 * Content-Security-Policy — unless the console error is an HTTP error response that is expected.
 */
export const test = base.extend<Fixtures>({
  browserProblems: async ({}, use) => {
    await use([]);
  },
  expectedHttpErrors: async ({}, use) => {
    await use([...ALWAYS_EXPECTED]);
  },
  expectHttpError: async ({ expectedHttpErrors }, use) => {
    await use((path, status) => {
      expectedHttpErrors.push({ path, status });
    });
  },
  page: async ({ page, browserProblems, expectedHttpErrors }, use) => {
    await watchBrowser(page, browserProblems, expectedHttpErrors);
    await use(page);
    expect(browserProblems, 'console errors, page errors or CSP violations in the browser').toEqual([]);
  },
  anotherDevice: async (
    { browser, browserProblems, expectedHttpErrors, baseURL, viewport, userAgent, isMobile, hasTouch, deviceScaleFactor },
    use,
  ) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext({
        ...(baseURL ? { baseURL } : {}),
        ...(viewport ? { viewport } : {}),
        ...(userAgent ? { userAgent } : {}),
        ...(isMobile !== undefined ? { isMobile } : {}),
        ...(hasTouch !== undefined ? { hasTouch } : {}),
        ...(deviceScaleFactor !== undefined ? { deviceScaleFactor } : {}),
      });
      contexts.push(context);
      const page = await context.newPage();
      await watchBrowser(page, browserProblems, expectedHttpErrors, `device ${contexts.length + 1}`);
      return page;
    });
    for (const context of contexts) await context.close();
  },
});

export { expect };
