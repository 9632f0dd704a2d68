import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Page, type TestInfo } from '@playwright/test';

/** `artifacts/screenshots/` at the repository root (gitignored). */
export const SCREENSHOT_DIR =
  process.env.E2E_SCREENSHOT_DIR ?? fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));

/** A full-page PNG named `<screen>-<project>.png`, in CSS pixels (393 px wide on the phone). */
export async function saveScreenshot(page: Page, testInfo: TestInfo, screen: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // From the top: a full-page capture draws the sticky header where the page was scrolled to.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({
    path: `${SCREENSHOT_DIR}/${screen}-${testInfo.project.name}.png`,
    fullPage: true,
    scale: 'css',
    animations: 'disabled',
    caret: 'hide',
  });
}

/**
 * Runs axe-core (WCAG 2 A and AA rules) on the page as it is and fails on any serious or
 * critical violation, listing each rule id with the elements it hit.
 */
export async function expectNoSeriousA11yViolations(page: Page, testInfo: TestInfo, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (results.violations.length > 0) {
    await testInfo.attach(`axe-${screen}.json`, {
      body: JSON.stringify(results.violations, null, 2),
      contentType: 'application/json',
    });
  }
  const report = serious.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(report, `serious or critical axe violations on ${screen}`).toEqual([]);
  expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(0);
}

/** The accessibility scan and the screenshot of one screen. */
export async function checkScreen(page: Page, testInfo: TestInfo, screen: string): Promise<void> {
  await expectNoSeriousA11yViolations(page, testInfo, screen);
  await saveScreenshot(page, testInfo, screen);
}

/** Fails when the page is wider than the window, i.e. the user would have to scroll sideways. */
export async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${label}: page wider than the window`).toBeLessThanOrEqual(clientWidth);
}
