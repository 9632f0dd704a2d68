import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { signInAsNewcomer } from '../support/flows';
import { checkScreen } from '../support/screens';

// Am I getting stronger? Two bench sessions logged in earlier weeks (dated through the API), a third logged
// live today that beats them: the PR shows on the set and in the summary, and the exercise page, the
// dashboard, Body and Insights show what was logged, the charts' tables with the same numbers.

const BENCH = 'Barbell Bench Press';
const DAY_MS = 24 * 3600 * 1000;

interface Api {
  get: <T>(path: string) => Promise<T>;
  send: <T>(method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown) => Promise<T>;
}

function apiFor(request: APIRequestContext): Api {
  const check = async (response: Awaited<ReturnType<APIRequestContext['get']>>) => {
    expect(response.ok(), `${response.url()} answered ${response.status()}`).toBe(true);
    return response.status() === 204 ? undefined : response.json();
  };
  return {
    get: async <T>(path: string) => (await check(await request.get(`/api/v1${path}`))) as T,
    send: async <T>(method: string, path: string, body: unknown) => {
      const { token } = (await check(await request.get('/api/v1/auth/csrf'))) as { token: string };
      return (await check(await request.fetch(`/api/v1${path}`, { method, data: body, headers: { 'X-CSRF-Token': token } }))) as T;
    },
  };
}

/** A finished bench session `daysAgo` days back: `weights` × 5 reps each, after a warm-up. */
async function logPastSession(api: Api, benchId: string, daysAgo: number, weights: number[]): Promise<void> {
  const { id } = await api.send<{ id: string }>('POST', '/workouts', {});
  const sets = [{ weightKg: 40, setType: 'warmup' }, ...weights.map((weightKg) => ({ weightKg, setType: 'working' }))];
  for (const set of sets) {
    await api.send('PUT', `/workouts/${id}/sets/${crypto.randomUUID()}`, { exerciseId: benchId, reps: 5, ...set });
  }
  await api.send('POST', `/workouts/${id}/complete`, {});
  await api.send('PATCH', `/workouts/${id}`, { startedAt: new Date(Date.now() - daysAgo * DAY_MS).toISOString() });
}

async function tableRows(page: Page, name: string | RegExp): Promise<string[]> {
  const table = page.getByRole('table', { name });
  await expect(table).toBeVisible();
  return table.getByRole('row').allTextContents();
}

/** Signs a newcomer in, finds the bench press and logs the two earlier sessions; returns the API and the bench id. */
async function lifterWithTwoWeeksOfBench(page: Page): Promise<{ api: Api; benchId: string }> {
  await signInAsNewcomer(page);
  const api = apiFor(page.request);
  const { items } = await api.get<{ items: { id: string; name: string }[] }>(`/exercises?search=${encodeURIComponent('bench press')}`);
  const benchId = items.find((e) => e.name === BENCH)?.id ?? '';
  expect(benchId, `${BENCH} in the catalogue`).not.toBe('');
  await logPastSession(api, benchId, 14, [60, 60]);
  await logPastSession(api, benchId, 7, [62.5, 62.5]);
  return { api, benchId };
}

test('a PR is flagged live and in the summary, and the exercise page shows the three sessions', async ({ page }, testInfo) => {
  const { api, benchId } = await test.step('two sessions in earlier weeks set the baselines', () => lifterWithTwoWeeksOfBench(page));

  await test.step('today a heavier set is flagged as a record while it is logged', async () => {
    const { id } = await api.send<{ id: string }>('POST', '/workouts', {});
    await api.send('PUT', `/workouts/${id}/exercises`, { exerciseIds: [benchId] });
    await page.goto(`/workouts/${id}`);
    await page.getByRole('button', { name: `Add a set of ${BENCH}` }).click();
    const row = page.getByRole('listitem', { name: `Set 1 of ${BENCH}`, exact: true });
    // Last time's set pre-fills the row when it arrives: wait for it, so it does not land on what is typed.
    await expect(row.getByText('62.5 × 5')).toBeVisible();
    await expect(row.getByRole('spinbutton', { name: 'Weight (kg)' })).toHaveValue('62.5');
    await row.getByRole('spinbutton', { name: 'Weight (kg)' }).fill('67.5');
    await row.getByRole('spinbutton', { name: 'Reps' }).fill('5');
    await row.getByRole('button', { name: 'Log set' }).click();
    await expect(row.getByText(/PR: new record, heaviest weight, best e1RM, best set volume and rep max/)).toBeVisible();
    await expect(page.getByText(`New record on ${BENCH}: heaviest weight, best e1RM, best set volume and rep max.`)).toBeVisible();
    await checkScreen(page, testInfo, 'live-workout-pr');
  });

  await test.step('the summary lists the records the server found', async () => {
    await page.getByRole('button', { name: 'Finish workout' }).click();
    const records = page.getByRole('list', { name: 'New records' });
    await expect(records.getByText('Heaviest weight: 67.5 kg, up from 62.5 kg')).toBeVisible();
    await checkScreen(page, testInfo, 'workout-summary-prs');
    await records.getByRole('link', { name: BENCH }).first().click();
  });

  await test.step('the exercise page shows the records and the chart’s numbers as a table', async () => {
    await expect(page.getByRole('heading', { name: BENCH, level: 1 })).toBeVisible();
    const records = page.getByRole('region', { name: 'Records' });
    await expect(records.getByText('67.5 kg').first()).toBeVisible();
    await expect(page.getByRole('img', { name: /Estimated 1-rep max over 3 sessions/ })).toBeVisible();
    await checkScreen(page, testInfo, 'exercise');
    await page.getByRole('region', { name: 'Progress' }).getByRole('button', { name: 'Table' }).click();
    // Epley: 60 × (1 + 5/30) = 70, 62.5 → 72.9, 67.5 → 78.75; shown to the nearest 0.5 kg like every weight.
    await tableRows(page, 'Estimated 1-rep max (kg)');
    expect(await page.getByRole('table', { name: 'Estimated 1-rep max (kg)' }).locator('tbody td').allTextContents()).toEqual(['70 kg', '73 kg', '79 kg']);
    await expect(page.getByRole('list', { name: 'Sessions, newest first' }).getByRole('listitem').filter({ has: page.getByRole('heading') })).toHaveCount(3);
  });
});

test('the dashboard, Body and Insights show what was logged', async ({ page }, testInfo) => {
  const { api, benchId } = await lifterWithTwoWeeksOfBench(page);
  await logPastSession(api, benchId, 0, [67.5]);
  await page.goto('/');

  await test.step('the dashboard lists the record and this week’s chest volume', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
    await expect(page.getByRole('heading', { name: 'Progress', level: 1 })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Records of the last 4 weeks' }).getByText('Heaviest weight: 67.5 kg, up from 62.5 kg')).toBeVisible();
    await checkScreen(page, testInfo, 'progress');
    const volume = page.getByRole('region', { name: 'Weekly volume by muscle' });
    await volume.getByRole('button', { name: 'Table' }).click();
    expect(await tableRows(page, 'Weekly volume: Chest')).toHaveLength(13);
    const thisWeek = await page.getByRole('table', { name: 'Weekly volume: Chest' }).locator('tbody tr:last-child td').textContent();
    expect(thisWeek).toBe('338 kg'); // 67.5 kg × 5; warm-ups never count
  });

  await test.step('Body logs today in a few taps and Insights explains what it needs', async () => {
    await page.getByRole('link', { name: 'Body' }).click();
    await page.getByLabel('Body weight (kg)').fill('81.5');
    await page.getByRole('group', { name: 'Energy (1–5)' }).getByRole('radio', { name: '4' }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('list', { name: 'Recent days, newest first' }).getByText(/81.5 kg · energy 4\/5/)).toBeVisible();
    await checkScreen(page, testInfo, 'body');
    await page.getByRole('link', { name: '← Progress' }).click();
    await page.getByRole('link', { name: 'Insights' }).click();
    await expect(page.getByText('Not enough paired days yet.')).toBeVisible();
    await checkScreen(page, testInfo, 'insights');
  });

  await test.step('the same screens on a laptop', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const [path, screen] of [
      ['/progress', 'progress-wide'],
      [`/exercises/${benchId}`, 'exercise-wide'],
      ['/body', 'body-wide'],
      ['/insights', 'insights-wide'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await checkScreen(page, testInfo, screen);
    }
  });
});
