import type { APIRequestContext, Page, Request } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { signInAsNewcomer, uniqueEmail } from '../support/flows';
import { openFromNav } from '../support/training';
import { addVirtualAuthenticator, type VirtualAuthenticator } from '../support/virtual-authenticator';

// Issue 4/5: a newcomer adds a passkey on /account/security and signs in with it, no email typed
// (a discoverable credential on a CDP virtual authenticator: ctap2, internal, resident key, UV).
//
// Chromium's virtual authenticator answers a conditional (autofill) request at once with its only
// passkey, where a person would have to pick it from the email field's suggestions. So the sign-in
// page's background autofill ceremony signs the user in by itself. The button walk therefore runs
// as on a browser without passkey autofill (`withoutPasskeyAutofill`); the two-device walk signs in
// through autofill.

const FINISH_PATH = '/api/v1/auth/webauthn/authenticate/finish';

interface Problem {
  status: number;
  code?: string;
  reason?: string;
}

/** The page's browser reports no conditional mediation, like one without passkey autofill. */
async function withoutPasskeyAutofill(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (typeof PublicKeyCredential !== 'undefined') {
      PublicKeyCredential.isConditionalMediationAvailable = () => Promise.resolve(false);
    }
  });
}

function isFinish(r: Request): boolean {
  return r.method() === 'POST' && new URL(r.url()).pathname === FINISH_PATH;
}

async function expectSignedInAs(page: Page, email: string, finish: Request): Promise<void> {
  const response = await finish.response();
  expect(response?.status(), 'passkey sign-in answered 200').toBe(200);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: `Welcome, ${email.split('@')[0]}`, level: 1 })).toBeVisible();
}

async function goToSecurity(page: Page): Promise<void> {
  await openFromNav(page, 'Security', 'Security');
  await expect(page).toHaveURL(/\/account\/security$/);
}

/** Adds a passkey named `nickname` through the security screen; the authenticator then holds it. */
async function addPasskey(page: Page, authenticator: VirtualAuthenticator, nickname: string): Promise<void> {
  await page.getByLabel('Name for the new passkey').fill(nickname);
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  const passkeys = page.getByRole('list', { name: 'Your passkeys' });
  await expect(passkeys.getByRole('heading', { name: nickname, level: 3 })).toBeVisible();
  await expect(page.getByText(`Passkey “${nickname}” added.`)).toBeVisible();
  const credentials = await authenticator.credentials();
  expect(credentials, 'one discoverable credential on the authenticator').toHaveLength(1);
  expect(credentials[0]!.isResidentCredential).toBe(true);
  expect(credentials[0]!.rpId).toBe('localhost');
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
}

/**
 * On /sign-in: "Sign in with a passkey" with the email field left empty, so the server asks for any
 * discoverable credential. Returns the finish request the page sent.
 */
async function signInWithPasskey(page: Page, email: string): Promise<Request> {
  await expect(page.getByLabel('Email address')).toHaveValue('');
  const finish = page.waitForRequest(isFinish);
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  const request = await finish;
  await expectSignedInAs(page, email, request);
  return request;
}

/** A fresh antiforgery token for the cookies `request` holds (tokens are bound to the signed-in user). */
async function csrfToken(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/v1/auth/csrf');
  expect(response.status()).toBe(200);
  const { token } = (await response.json()) as { token: string };
  expect(token).toBeTruthy();
  return token;
}

async function postJson(request: APIRequestContext, path: string, body: string): Promise<Problem & { json: unknown }> {
  const response = await request.post(path, {
    data: body,
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': await csrfToken(request) },
  });
  const json = (await response.json().catch(() => null)) as (Problem & Record<string, unknown>) | null;
  return { status: response.status(), code: json?.code, reason: json?.reason, json };
}

/** Magic link for a newcomer, then a passkey added, renamed, and used to sign in again. */
async function newcomerWithPasskey(
  page: Page,
  authenticator: VirtualAuthenticator,
  email: string,
  via: 'button' | 'autofill',
): Promise<Request> {
  await test.step('a newcomer signs in with an emailed link', async () => {
    await signInAsNewcomer(page, email);
  });

  await test.step('adds a passkey on /account/security and sees it listed', async () => {
    await goToSecurity(page);
    await expect(page.getByText('No passkeys yet.')).toBeVisible();
    await addPasskey(page, authenticator, 'My phone');
    await expect(page.getByRole('list', { name: 'Your passkeys' }).getByText('never used')).toBeVisible();
  });

  await test.step('renames it', async () => {
    await page.getByRole('button', { name: 'Rename My phone' }).click();
    await page.getByLabel('New name for My phone').fill('Pixel in the gym bag');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const passkeys = page.getByRole('list', { name: 'Your passkeys' });
    await expect(passkeys.getByRole('heading', { name: 'Pixel in the gym bag', level: 3 })).toBeVisible();
    await expect(passkeys.getByRole('heading', { name: 'My phone' })).toHaveCount(0);
    await expect(page.getByText('Passkey renamed to Pixel in the gym bag.')).toBeVisible();
  });

  let finish: Request | undefined;
  if (via === 'button') {
    await test.step('signs out', async () => {
      await signOut(page);
    });
    await test.step('"Sign in with a passkey" with no email typed signs the same user in', async () => {
      finish = await signInWithPasskey(page, email);
    });
  } else {
    await test.step('signs out; the sign-in page\'s passkey autofill signs the same user in', async () => {
      const autofill = page.waitForRequest(isFinish);
      await page.getByRole('button', { name: 'Sign out', exact: true }).click();
      finish = await autofill;
      await expectSignedInAs(page, email, finish);
    });
  }

  await test.step('the passkey shows it was used', async () => {
    await goToSecurity(page);
    const passkeys = page.getByRole('list', { name: 'Your passkeys' });
    await expect(passkeys.getByRole('listitem')).toHaveCount(1);
    await expect(passkeys.getByText(/last used/)).toBeVisible();
  });
  return finish!;
}

test('a newcomer adds a passkey, signs in with it, and a replayed assertion is refused', async ({ page }) => {
  await withoutPasskeyAutofill(page);
  const authenticator = await addVirtualAuthenticator(page);
  const email = uniqueEmail('passkey');
  const finish = await newcomerWithPasskey(page, authenticator, email, 'button');
  expect(JSON.parse(finish.postData() ?? '{}')).toHaveProperty('credential.response.userHandle');

  const body = finish.postData();
  expect(body, 'the finish request body').toBeTruthy();
  const captured = JSON.parse(body!) as { challengeId: string; credential: { id: string; type: string } };
  expect(captured.challengeId).toBeTruthy();
  expect(captured.credential.type).toBe('public-key');

  await test.step('the same finish body posted again is refused: the challenge was used once', async () => {
    const replay = await postJson(page.request, FINISH_PATH, body!);
    expect(replay.status, JSON.stringify(replay.json)).toBe(400);
    expect(replay.code).toBe('invalid_challenge');
  });

  await test.step('the old assertion under a new challenge is refused too', async () => {
    const start = await postJson(page.request, '/api/v1/auth/webauthn/authenticate/start', '{}');
    expect(start.status).toBe(200);
    const { challengeId } = start.json as { challengeId: string };
    expect(challengeId).toBeTruthy();
    expect(challengeId).not.toBe(captured.challengeId);
    const forged = await postJson(page.request, FINISH_PATH, JSON.stringify({ challengeId, credential: captured.credential }));
    expect(forged.status, JSON.stringify(forged.json)).toBeGreaterThanOrEqual(400);
    expect(forged.status, JSON.stringify(forged.json)).toBeLessThan(500);
    // Fido2 compares the signed clientDataJSON's challenge with the one stored under the new challengeId.
    expect(forged.code).toBe('webauthn_failed');
    expect(forged.reason).toBe('invalid_authenticator_response_challenge');
  });

  await test.step('the page is still signed in as before', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Security', level: 1 })).toBeVisible();
  });
});

test('one user on two devices: the passkey device signs the other one out', async ({ page, anotherDevice, expectHttpError }) => {
  const authenticator = await addVirtualAuthenticator(page);
  const email = uniqueEmail('two-devices');
  await newcomerWithPasskey(page, authenticator, email, 'autofill');

  const other = await anotherDevice();
  await test.step('device B signs in with an emailed link', async () => {
    await other.goto('/sign-in');
    await other.getByLabel('Email address').fill(email);
    await other.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await expect(other.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
    await other.getByRole('link', { name: 'development mailbox' }).click();
    const card = other.getByRole('listitem').filter({ hasText: `To ${email}` }).first();
    await card.getByRole('link', { name: 'Open the sign-in link' }).click();
    await expect(other.getByRole('heading', { name: `Welcome, ${email.split('@')[0]}`, level: 1 })).toBeVisible();
  });

  await test.step('device A lists both sessions, its own marked "This device", and signs B out', async () => {
    await page.reload();
    const sessions = page.getByRole('list', { name: 'Active sessions' });
    await expect(sessions.getByRole('listitem')).toHaveCount(2);
    const own = sessions.getByRole('listitem').filter({ hasText: 'This device' });
    await expect(own).toHaveCount(1);
    await expect(own.getByRole('button', { name: /^Sign out/ })).toHaveCount(0);
    const others = sessions.getByRole('listitem').filter({ hasNotText: 'This device' });
    await expect(others).toHaveCount(1);
    await others.getByRole('button', { name: /^Sign out / }).click();
    await expect(page.getByText(/^Signed out /)).toBeVisible();
    await expect(sessions.getByRole('listitem')).toHaveCount(1);
    await expect(sessions.getByText('This device')).toBeVisible();
  });

  await test.step("B's next navigation lands on sign-in", async () => {
    // B's requests now answer 401, which Chromium logs; the app then sends B to sign-in.
    expectHttpError(/^\/api\/v1\//, 401);
    await other.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    await expect(other).toHaveURL(/\/sign-in(\?|$)/);
    await expect(other.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  });

  await test.step('A is still signed in', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Security', level: 1 })).toBeVisible();
  });
});
