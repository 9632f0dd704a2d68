import { expect, test } from '../support/fixtures';
import { findLinkInMailbox, requestMagicLink, signInAsNewcomer, uniqueEmail } from '../support/flows';
import { checkScreen } from '../support/screens';

// Every screen reachable on this branch, scanned with axe-core (WCAG 2 A/AA; serious and critical
// violations fail) and saved as a full-page screenshot under artifacts/screenshots/.

test.describe('accessibility and screenshots', () => {
  test('sign-in', async ({ page }, testInfo) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
    await checkScreen(page, testInfo, 'sign-in');
  });

  test('check your inbox', async ({ page }, testInfo) => {
    await page.goto('/sign-in');
    await requestMagicLink(page, uniqueEmail('inbox'));
    await expect(page.getByRole('link', { name: 'development mailbox' })).toBeVisible();
    await checkScreen(page, testInfo, 'check-inbox');
  });

  test('development mailbox', async ({ page }, testInfo) => {
    const email = uniqueEmail('mailbox');
    await page.goto('/sign-in');
    await requestMagicLink(page, email);
    await findLinkInMailbox(page, email);
    await checkScreen(page, testInfo, 'dev-mailbox');
  });

  test('verify: expired or used link', async ({ page, expectHttpError }, testInfo) => {
    expectHttpError('/api/v1/auth/magic-link/verify', 400);
    await page.goto('/auth/verify?token=this-link-was-never-sent');
    await expect(page.getByRole('heading', { name: 'This link has expired or was already used' })).toBeVisible();
    await checkScreen(page, testInfo, 'verify-error');
  });

  test('home and account security', async ({ page }, testInfo) => {
    await signInAsNewcomer(page, uniqueEmail('home'));
    await checkScreen(page, testInfo, 'home');

    await page.getByRole('link', { name: /^Security/ }).first().click();
    await expect(page.getByRole('heading', { name: 'Security', level: 1 })).toBeVisible();
    await expect(page.getByText('This device', { exact: true })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Sign-in activity, newest first' })).toBeVisible();
    await checkScreen(page, testInfo, 'account-security');
  });

  test('page not found', async ({ page }, testInfo) => {
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { name: 'Page not found', level: 1 })).toBeVisible();
    await checkScreen(page, testInfo, 'not-found');
  });
});
