// Taps per set and page height of the live workout for a 4-exercise × 3-set template logged exactly as
// planned, on a 393 × 852 phone in Debian's Chromium, printed beside the figures of the screen before the
// logging table (issue 10: 2.1 taps per set, a 3,500 px page), as ratios.
// usage: node bench/gym-taps.mjs http://localhost:PORT   (needs e2e/node_modules: cd e2e && npm ci)
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';

const require = createRequire(new URL('../e2e/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const base = process.argv[2] ?? 'http://localhost:8080';
// Measured on the previous screen by hand and stated in issue 10; not re-measured from git history here.
const BEFORE = { tapsPerSet: 2.1, pageHeight: 3500 };
const PLAN = [
  { search: 'Barbell Bench Press', sets: 3, reps: 5, kg: 60 },
  { search: 'Barbell Back Squat', sets: 3, reps: 5, kg: 100 },
  { search: 'Bent-Over Barbell Row', sets: 3, reps: 8, kg: 50 },
  { search: 'Barbell Deadlift', sets: 3, reps: 5, kg: 140 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
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
const rows = page.locator('li.set-row');
await rows.nth(11).waitFor();
const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
let taps = 0;
for (let i = 0; i < 12; i++) {
  const row = rows.nth(i);
  await row.getByRole('button', { name: 'Log set' }).click();
  taps += 1;
  await row.locator('.set-row__done').waitFor();
}
await browser.close();

const tapsPerSet = taps / 12;
console.log(`now:    ${tapsPerSet.toFixed(2)} taps per set (${taps} taps for 12 sets), page height ${pageHeight} px at 393 × 852`);
console.log(`before: ${BEFORE.tapsPerSet.toFixed(2)} taps per set, page height ${BEFORE.pageHeight} px (figures stated in issue 10, not re-measured)`);
console.log(`ratio now/before: taps per set ${(tapsPerSet / BEFORE.tapsPerSet).toFixed(3)}, page height ${(pageHeight / BEFORE.pageHeight).toFixed(3)}`);
