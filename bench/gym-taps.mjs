// Taps per set and page height of the live workout for a 4-exercise × 3-set template logged exactly as
// planned, on a 393 × 852 phone in Debian's Chromium: the current build and, when a second URL is given, the
// build from before the logging table (bench/run.sh starts it from git history), side by side, as ratios.
// Both are driven the same way: tap "Log set" where one shows, else open the next collapsed set.
// usage: node bench/gym-taps.mjs http://localhost:NOW [http://localhost:BEFORE]   (needs e2e/node_modules)
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';

const require = createRequire(new URL('../e2e/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const [nowUrl = 'http://localhost:8080', beforeUrl] = process.argv.slice(2);
const PLAN = [
  { search: 'Barbell Bench Press', sets: 3, reps: 5, kg: 60 },
  { search: 'Barbell Back Squat', sets: 3, reps: 5, kg: 100 },
  { search: 'Bent-Over Barbell Row', sets: 3, reps: 8, kg: 50 },
  { search: 'Barbell Deadlift', sets: 3, reps: 5, kg: 140 },
];
const SETS = PLAN.reduce((sum, p) => sum + p.sets, 0);

async function measure(base) {
  const context = await browser.newContext({ viewport: { width: 393, height: 852 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2.625 });
  const page = await context.newPage();
  const api = context.request;
  async function call(method, path, data) {
    const { token } = await (await api.get(`${base}/api/v1/auth/csrf`)).json();
    const response = await api.fetch(`${base}/api/v1${path}`, { method, data, headers: { 'X-CSRF-Token': token } });
    if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
    return response.status() === 204 ? null : response.json();
  }

  // Sign in through the development outbox, then set up the template through the API (not part of the figures).
  const email = `bench-${randomUUID().slice(0, 8)}@example.com`;
  await call('POST', '/auth/magic-link/start', { email });
  let link = null;
  for (let i = 0; i < 100 && !link; i++) {
    const { items } = await (await api.get(`${base}/api/v1/dev/mailbox`)).json();
    link = items.find((m) => m.to === email)?.link ?? null;
    if (!link) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (!link) throw new Error('no sign-in link in the development outbox');
  await call('POST', '/auth/magic-link/verify', { token: new URL(link).searchParams.get('token') });
  const exercises = [];
  for (const planned of PLAN) {
    const { items } = await (await api.get(`${base}/api/v1/exercises?search=${encodeURIComponent(planned.search)}`)).json();
    const found = items.find((e) => e.name === planned.search);
    if (!found) throw new Error(`no ${planned.search} in the catalogue`);
    exercises.push({ exerciseId: found.id, sets: planned.sets, repsMin: planned.reps, repsMax: planned.reps, restSeconds: 60, targetWeightKg: planned.kg });
  }
  const program = await call('POST', '/programs', { name: 'Bench walk' });
  const template = await call('POST', `/programs/${program.id}/templates`, { name: 'Full body A', exercises });
  const workout = await call('POST', '/workouts', { templateId: template.id });

  await page.goto(`${base}/workouts/${workout.id}`);
  await page.getByRole('button', { name: 'Log set' }).first().waitFor();
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  let taps = 0;
  for (let logged = 0; logged < SETS; ) {
    const log = page.getByRole('button', { name: 'Log set', exact: true }).first();
    if (await log.isVisible()) {
      await log.click();
      taps += 1;
      const before = logged;
      for (let i = 0; i < 100 && logged === before; i++) {
        logged = (await call('GET', `/workouts/${workout.id}`)).sets.length;
        if (logged === before) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      if (logged === before) throw new Error(`${base}: a tap on "Log set" logged nothing`);
    } else {
      await page.getByRole('button', { name: /^Open set/ }).first().click();
      taps += 1;
    }
    if (taps > SETS * 5) throw new Error(`${base}: ${taps} taps and only ${logged} sets logged`);
  }
  await context.close();
  return { tapsPerSet: taps / SETS, taps, pageHeight };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const now = await measure(nowUrl);
const before = beforeUrl ? await measure(beforeUrl) : null;
await browser.close();

const line = (name, m) => `${name} ${m.tapsPerSet.toFixed(2)} taps per set (${m.taps} taps for ${SETS} sets), page height ${m.pageHeight} px at 393 × 852`;
console.log(line('now:   ', now));
if (before) {
  console.log(line('before:', before));
  console.log(`ratio now/before: taps per set ${(now.tapsPerSet / before.tapsPerSet).toFixed(3)}, page height ${(now.pageHeight / before.pageHeight).toFixed(3)}`);
}
