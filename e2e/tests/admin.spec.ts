import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '../support/fixtures';
import { findLinkInMailbox, requestMagicLink, signInAsNewcomer, uniqueEmail } from '../support/flows';

const run = promisify(execFile);

/** `dotnet FitFolio.Api.dll admin grant EMAIL` against the instance under test (run.sh says where it is). */
async function grantAdmin(email: string): Promise<string> {
  const dll = process.env.E2E_APP_DLL;
  const database = process.env.E2E_DATABASE;
  if (!dll || !database) throw new Error('E2E_APP_DLL and E2E_DATABASE must be set (e2e/run.sh sets them)');
  const { stdout } = await run('dotnet', [dll, 'admin', 'grant', email], {
    env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Development', ConnectionStrings__Database: database, SecretsFolder: '/nonexistent' },
  });
  return stdout;
}

test('an admin invites a friend, the friend joins from the link, and disabling the friend ends their open session', async ({
  page,
  anotherDevice,
  expectHttpError,
}) => {
  const admin = uniqueEmail('admin');
  const friend = uniqueEmail('friend');

  await test.step('an account made admin with the admin command sees Admin under More', async () => {
    await signInAsNewcomer(page, admin);
    expect(await grantAdmin(admin)).toContain(`${admin} is now an admin`);
    await page.goto('/more');
    await page.getByRole('link', { name: /^Admin/ }).click();
    await expect(page.getByRole('heading', { name: 'Admin', level: 1 })).toBeVisible();
  });

  let invitationLink = '';
  await test.step('the admin creates an invitation for the friend and gets its link', async () => {
    await page.getByLabel('Their email address (optional)').fill(friend);
    await page.getByRole('button', { name: 'Create invitation' }).click();
    invitationLink = (await page.getByTestId('invitation-link').textContent()) ?? '';
    expect(invitationLink).toMatch(/\/sign-in\?invitation=/);
    await expect(page.getByRole('list', { name: 'Invitations' }).getByText(friend)).toBeVisible();
  });

  const friendPage = await anotherDevice();
  await test.step('the friend opens the link in their own browser and joins', async () => {
    await friendPage.goto(invitationLink);
    await expect(friendPage.getByRole('heading', { name: 'You’re invited', level: 1 })).toBeVisible();
    await requestMagicLink(friendPage, friend);
    await findLinkInMailbox(friendPage, friend);
    await friendPage.getByRole('listitem').filter({ hasText: `To ${friend}` }).first().getByRole('link', { name: 'Open the sign-in link' }).click();
    await expect(friendPage.getByRole('heading', { name: /^Welcome/ })).toBeVisible();
  });

  await test.step('the admin sees the invitation used and the friend among the accounts, and disables them', async () => {
    await page.reload();
    await expect(page.getByRole('list', { name: 'Invitations' }).getByText(`Used by ${friend}`)).toBeVisible();
    const account = page.getByRole('list', { name: 'Accounts' }).getByRole('listitem', { name: friend });
    await account.getByRole('button', { name: 'Disable' }).click();
    await expect(account.getByRole('heading', { name: `${friend} · disabled` })).toBeVisible();
  });

  await test.step('the friend’s next navigation lands on sign-in', async () => {
    expectHttpError('/api/v1/auth/me', 401);
    await friendPage.goto('/history');
    await expect(friendPage).toHaveURL(/\/sign-in/);
    await expect(friendPage.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  });
});
