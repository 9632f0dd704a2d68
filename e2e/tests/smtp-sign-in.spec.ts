import { expect, test } from '../support/fixtures';
import { requestMagicLink, uniqueEmail } from '../support/flows';

// e2e/run.sh starts a second instance that sends its mail over SMTP to smtp4dev and names both here.
const smtpAppUrl = process.env.E2E_SMTP_APP_URL;
const smtpApiUrl = process.env.E2E_SMTP_API_URL;

test.use({ baseURL: smtpAppUrl });

interface Smtp4devMessage {
  id: string;
  to: string[];
}

test('where mail goes out over SMTP, a newcomer signs in with the mailed link and the SPA never asks for the development mailbox', async ({
  page,
  request,
}) => {
  // Run outside e2e/run.sh, the walk fails loudly rather than passing by being skipped.
  expect(smtpAppUrl, 'E2E_SMTP_APP_URL: the SMTP instance e2e/run.sh starts').toBeTruthy();
  expect(smtpApiUrl, 'E2E_SMTP_API_URL: the smtp4dev API e2e/run.sh starts').toBeTruthy();
  const email = uniqueEmail('smtp');
  const mailboxRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (sent) => {
    if (new URL(sent.url()).pathname.startsWith('/api/v1/dev/mailbox')) mailboxRequests.push(`${sent.method()} ${sent.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });

  await test.step('asking for a link shows "check your inbox" without the development mailbox hint', async () => {
    await page.goto('/sign-in');
    // The check-inbox screen asks the instance whether a development mailbox exists before offering it.
    const instance = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/instance');
    await requestMagicLink(page, email);
    expect(await (await instance).json()).toEqual({ devMailbox: false });
    await expect(page.getByRole('link', { name: 'development mailbox' })).toHaveCount(0);
  });

  let link = '';
  await test.step('the mail reaches the SMTP server with the sign-in link', async () => {
    // The app sends from a background queue: ask smtp4dev until the mail is listed.
    let id = '';
    await expect
      .poll(async () => {
        const listed = (await (await request.get(`${smtpApiUrl}/api/messages?pageSize=1000`)).json()) as {
          results: Smtp4devMessage[];
        };
        id = listed.results.find((m) => m.to.some((to) => to.toLowerCase() === email))?.id ?? '';
        return id;
      }, { message: `a mail to ${email} in smtp4dev` })
      .not.toBe('');
    const text = await (await request.get(`${smtpApiUrl}/api/messages/${id}/plaintext`)).text();
    link = /https?:\/\/\S+\/auth\/verify\?token=[^\s"<>]+/.exec(text)?.[0] ?? '';
    expect(link, 'sign-in link in the mail').toContain(`${smtpAppUrl}/auth/verify?token=`);
  });

  await test.step('opening the link signs the newcomer in on the home screen', async () => {
    await page.goto(link);
    await expect(page).toHaveURL(`${smtpAppUrl}/`);
    await expect(page.getByRole('heading', { name: `Welcome, ${email.split('@')[0]}`, level: 1 })).toBeVisible();
    await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  });

  expect(mailboxRequests, 'requests for the development mailbox').toEqual([]);
  expect(consoleErrors, 'console errors').toEqual([]);
});
