import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';

/** A new address per call, so every test is a newcomer whatever ran before. */
export function uniqueEmail(prefix = 'lifter'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.com`;
}

/** On /sign-in: asks for a link and waits for the "check your inbox" state. */
export async function requestMagicLink(page: Page, email: string): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
}

/**
 * Opens the development mailbox the way a person would (the hint on the check-inbox screen) and
 * returns the address of the newest sign-in link sent to `email`, without opening it.
 */
export async function findLinkInMailbox(page: Page, email: string): Promise<string> {
  await page.getByRole('link', { name: 'development mailbox' }).click();
  await expect(page).toHaveURL(/\/dev\/mailbox$/);
  await expect(page.getByRole('heading', { name: 'Development mailbox', level: 1 })).toBeVisible();
  // Mail leaves through a background queue; the mailbox polls, so the card appears within seconds.
  const card = page.getByRole('listitem').filter({ hasText: `To ${email}` }).first();
  await expect(card).toBeVisible();
  const link = card.getByRole('link', { name: 'Open the sign-in link' });
  const href = await link.getAttribute('href');
  expect(href, 'sign-in link in the mail').toMatch(/\/auth\/verify\?token=/);
  return href!;
}

/** Clicks the newest link for `email` in the mailbox and waits for the home page. */
export async function openLinkFromMailbox(page: Page, email: string): Promise<string> {
  const href = await findLinkInMailbox(page, email);
  const card = page.getByRole('listitem').filter({ hasText: `To ${email}` }).first();
  await card.getByRole('link', { name: 'Open the sign-in link' }).click();
  await expect(page.getByRole('heading', { name: /^Welcome/ })).toBeVisible();
  return href;
}

/** A newcomer signs in with a magic link read from the development mailbox; ends on the home page. */
export async function signInAsNewcomer(page: Page, email = uniqueEmail()): Promise<string> {
  await page.goto('/sign-in');
  await requestMagicLink(page, email);
  await openLinkFromMailbox(page, email);
  return email;
}
