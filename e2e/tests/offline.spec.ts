import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { signInAsNewcomer, uniqueEmail } from '../support/flows';
import { BENCH, SQUAT, createProgram, fillNewTemplate, logSet, saveNewTemplate, startWorkout } from '../support/training';

// At the gym with no signal: the app is installable, a workout opened online opens again offline (reload
// included), sets logged offline wait on the device and reach the server exactly once when the signal is back.

const PROGRAM = 'No signal';
const TEMPLATE = 'Basement gym';

/** How many answers the device keeps for offline use (the workout, last time's sets, who is signed in, the account). */
function offlineCopies(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('fitfolio-offline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('copies')) return resolve(0);
          const count = db.transaction('copies').objectStore('copies').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
        };
      }),
  );
}

test('a workout opened online keeps working offline, reload included, and syncs exactly the sets logged', async ({ page, context, browserProblems }) => {
  test.setTimeout(240_000);
  await signInAsNewcomer(page, uniqueEmail('offline'));

  await test.step('installable: the manifest is linked and the service worker is active', async () => {
    const manifest = await page.request.get('/manifest.webmanifest');
    expect(manifest.ok()).toBe(true);
    const body = (await manifest.json()) as { display: string; start_url: string; icons: { sizes: string; purpose?: string }[] };
    expect(body).toMatchObject({ display: 'standalone', start_url: '/' });
    expect(body.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`)).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe('/');
  });

  await createProgram(page, PROGRAM);
  await fillNewTemplate(page, TEMPLATE, [BENCH, SQUAT]);
  await saveNewTemplate(page, TEMPLATE, 2);
  await startWorkout(page, PROGRAM, TEMPLATE);
  const workoutPath = new URL(page.url()).pathname;
  await expect.poll(() => offlineCopies(page)).toBeGreaterThanOrEqual(4);

  await test.step('offline, the reload opens the workout from the device', async () => {
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { name: TEMPLATE, level: 1 })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'You’re offline' })).toBeVisible();
  });

  await test.step('two sets logged offline wait on the device', async () => {
    await logSet(page, BENCH.name, 1);
    await logSet(page, BENCH.name, 2);
    await expect(page.getByText('2 changes waiting')).toBeVisible();
  });

  await test.step('back online: they sync, and the server has exactly those sets', async () => {
    await context.setOffline(false);
    await expect(page.getByText(/changes? waiting/)).toHaveCount(0);
    const response = await page.request.get(`/api/v1${workoutPath}`);
    expect(response.ok()).toBe(true);
    const workout = (await response.json()) as { sets: { exerciseName: string; weightKg: number; reps: number }[] };
    expect(workout.sets).toHaveLength(2);
    for (const set of workout.sets) expect(set).toMatchObject({ exerciseName: BENCH.name, weightKg: BENCH.targetWeight, reps: BENCH.reps });
  });

  await test.step('signing out leaves no personal data on the device', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await expect
      .poll(() =>
        page.evaluate(async () => ({
          databases: (await indexedDB.databases()).map((d) => d.name),
          keys: Object.keys(localStorage).filter((k) => k.startsWith('fitfolio:')),
          caches: (await caches.keys()).filter((name) => !name.startsWith('workbox-precache')),
        })),
      )
      .toEqual({ databases: [], keys: [], caches: [] });
  });

  // Requests the browser could not send while offline are logged as console errors: expected here, and only here.
  const offlineNoise = /ERR_INTERNET_DISCONNECTED|ERR_NAME_NOT_RESOLVED|Failed to fetch/;
  const unexpected = browserProblems.filter((p) => !offlineNoise.test(p));
  browserProblems.splice(0, browserProblems.length, ...unexpected);
});
