import { expect, test } from '../support/fixtures';
import { findLinkInMailbox, requestMagicLink, uniqueEmail } from '../support/flows';
import { openFromNav } from '../support/training';

test('a newcomer signs in with an emailed link, sees this device, signs out, and the link is single use', async ({
  page,
  expectHttpError,
}) => {
  const email = uniqueEmail('newcomer');

  await test.step('a signed-out visit to / lands on sign-in', async () => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  });

  await test.step('asking for a link shows "check your inbox"', async () => {
    await requestMagicLink(page, email);
  });

  let link = '';
  await test.step('the link from the development mailbox signs the newcomer in', async () => {
    link = await findLinkInMailbox(page, email);
    await page
      .getByRole('listitem')
      .filter({ hasText: `To ${email}` })
      .first()
      .getByRole('link', { name: 'Open the sign-in link' })
      .click();
    await expect(page).toHaveURL(/\/$/);
    // A new account is named after the address's local part until the user picks a name.
    await expect(page.getByRole('heading', { name: `Welcome, ${email.split('@')[0]}`, level: 1 })).toBeVisible();
    await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  });

  await test.step('account security lists this device and the sign-in', async () => {
    await openFromNav(page, 'Security', 'Security');
    await expect(page).toHaveURL(/\/account\/security$/);
    await expect(page.getByRole('heading', { name: 'Security', level: 1 })).toBeVisible();
    const sessions = page.getByRole('list', { name: 'Active sessions' });
    await expect(sessions.getByRole('listitem')).toHaveCount(1);
    await expect(sessions.getByText('This device')).toBeVisible();
    const activity = page.getByRole('list', { name: 'Sign-in activity, newest first' });
    await expect(activity.getByRole('listitem').first()).toBeVisible();
  });

  await test.step('signing out returns to sign-in', async () => {
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  });

  await test.step('the same link again is refused as expired or already used', async () => {
    expectHttpError('/api/v1/auth/magic-link/verify', 400);
    await page.goto(link);
    await expect(page.getByRole('heading', { name: 'This link has expired or was already used' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Request a new link' })).toBeVisible();
  });
});

test('a link opened in another browser asks "Continue as …?" before signing in', async ({
  page,
  anotherDevice,
  expectHttpError,
}) => {
  const email = uniqueEmail('elsewhere');
  await page.goto('/sign-in');
  await requestMagicLink(page, email);
  const link = await findLinkInMailbox(page, email);

  // Another browser has no cookie from the request: the server asks first and spends nothing.
  expectHttpError('/api/v1/auth/magic-link/verify', 409);
  const other = await anotherDevice();
  await other.goto(link);
  const masked = `${email[0]}…@example.com`;
  await expect(other.getByRole('heading', { name: `Continue as ${masked}?` })).toBeVisible();
  await other.getByRole('button', { name: `Continue as ${masked}` }).click();
  await expect(other.getByRole('heading', { name: /^Welcome/ })).toBeVisible();
  await expect(other.getByText(`Signed in as ${email}`)).toBeVisible();
});
