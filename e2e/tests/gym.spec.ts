import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '../support/fixtures';
import { signInAsNewcomer, uniqueEmail } from '../support/flows';
import { expectNoSidewaysScroll, SCREENSHOT_DIR } from '../support/screens';
import {
  createProgram,
  fillNewTemplate,
  openFromNav,
  restTimer,
  saveNewTemplate,
  setRow,
  startWorkout,
  type PlannedExercise,
} from '../support/training';
import type { Locator, Page } from '@playwright/test';

// At the gym on a 393 × 852 phone: a 4-exercise × 3-set template logged as planned, one tap per set; a 2.5 kg
// change in two; a reload in the middle loses nothing typed or logged; nothing scrolls sideways from 320 to
// 1440 px; weights like 142.5 stay readable; the rest bar never covers the next set.

const PLAN: PlannedExercise[] = [
  { search: 'bench', name: 'Barbell Bench Press', sets: 3, reps: 5, restSeconds: 60, targetWeight: 60 },
  { search: 'squat', name: 'Barbell Back Squat', sets: 3, reps: 5, restSeconds: 60, targetWeight: 100 },
  { search: 'bent-over', name: 'Bent-Over Barbell Row', sets: 3, reps: 8, restSeconds: 60, targetWeight: 50 },
  { search: 'barbell deadlift', name: 'Barbell Deadlift', sets: 3, reps: 5, restSeconds: 60, targetWeight: 140 },
];
const PROGRAM = 'Gym walk';
const TEMPLATE = 'Full body A';

test.use({ viewport: { width: 393, height: 852 } });

/** Taps the lifter makes while logging (navigation and test setup are not counted). */
class TapCounter {
  count = 0;
  async tap(target: Locator): Promise<void> {
    this.count += 1;
    await target.click();
  }
}

/** The ✓ of a set must be on screen and clear of the rest bar and the tab bar, so the next tap can land. */
async function expectReachable(page: Page, button: Locator): Promise<void> {
  await expect(button).toBeInViewport({ ratio: 1 });
  // The row scrolls into view smoothly after the previous ✓: poll until it has settled clear of the bars.
  await expect
    .poll(async () => {
      const box = await button.boundingBox();
      if (!box) return 'no box';
      for (const cover of [restTimer(page), page.getByRole('navigation', { name: 'Main' })]) {
        const over = (await cover.isVisible()) ? await cover.boundingBox() : null;
        if (over && box.y + box.height > over.y + 1) return `covered: ✓ ends at ${box.y + box.height}, bar starts at ${over.y}`;
      }
      return 'clear';
    })
    .toBe('clear');
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true, scale: 'css', animations: 'disabled', caret: 'hide' });
}

test('log a 4 × 3 template at the gym with one tap per set, and lose nothing on reload', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  await signInAsNewcomer(page, uniqueEmail('gym'));
  await createProgram(page, PROGRAM);
  await fillNewTemplate(page, TEMPLATE, PLAN);
  await saveNewTemplate(page, TEMPLATE, PLAN.length);
  await startWorkout(page, PROGRAM, TEMPLATE);

  const figures: Record<string, number> = {};
  await test.step('the whole workout is short: several exercises on one phone screen', async () => {
    await expect(setRow(page, PLAN[3]!.name, 3)).toBeVisible();
    figures.pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    const onFirstScreen = await page.evaluate(
      () => [...document.querySelectorAll('section.exercise-block')].filter((s) => s.getBoundingClientRect().bottom <= window.innerHeight).length,
    );
    expect(onFirstScreen, 'whole exercises visible without scrolling').toBeGreaterThanOrEqual(2);
    await screenshot(page, 'gym-live-start-393');
    await page.setViewportSize({ width: 320, height: 640 });
    await screenshot(page, 'gym-live-start-320');
    await page.setViewportSize({ width: 393, height: 852 });
  });

  const counter = new TapCounter();
  let logged = 0;
  async function logAsPlanned(exercise: PlannedExercise, number: number): Promise<void> {
    const row = setRow(page, exercise.name, number);
    const log = row.getByRole('button', { name: 'Log set' });
    await expectReachable(page, log);
    // Where the row sits on the page (not on screen: the view scrolls on to the next ✓).
    const top = () => row.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const before = await top();
    await counter.tap(log);
    await expect(row).toContainText(`${exercise.targetWeight} kg × ${exercise.reps}`);
    expect(await top(), 'logging a set moves nothing above it: the confirmation takes no room on the page').toBe(before);
    logged += 1;
  }

  await test.step('bench and squat logged as planned: one tap on ✓ each, the next ✓ focused and in view', async () => {
    for (const exercise of PLAN.slice(0, 2)) {
      for (let number = 1; number <= 3; number++) {
        await logAsPlanned(exercise, number);
        if (logged === 1) await expect(restTimer(page)).toBeVisible();
      }
    }
    await expect(setRow(page, PLAN[2]!.name, 1).getByRole('button', { name: 'Log set' })).toBeFocused();
  });

  await test.step('reload with a number typed and notes not yet saved: nothing is lost', async () => {
    const row = setRow(page, PLAN[2]!.name, 1);
    await row.getByRole('spinbutton', { name: 'Reps' }).fill('9');
    await page.getByRole('textbox', { name: 'Workout notes' }).fill('Belt on for squats');
    await page.reload();
    await expect(page.getByRole('heading', { name: TEMPLATE, level: 1 })).toBeVisible();
    for (const exercise of PLAN.slice(0, 2)) {
      for (let number = 1; number <= 3; number++) {
        await expect(setRow(page, exercise.name, number)).toContainText(`${exercise.targetWeight} kg × ${exercise.reps}`);
      }
    }
    await expect(row.getByRole('spinbutton', { name: 'Reps' })).toHaveValue('9');
    await expect(page.getByRole('textbox', { name: 'Workout notes' })).toHaveValue('Belt on for squats');
    await expect(restTimer(page)).toBeVisible();
    // Back to the plan for the walk (setup, not a logging tap).
    await row.getByRole('spinbutton', { name: 'Reps' }).fill(String(PLAN[2]!.reps));
  });

  await test.step('rows and deadlifts 1–2 as planned, one tap each', async () => {
    for (let number = 1; number <= 3; number++) await logAsPlanned(PLAN[2]!, number);
    for (let number = 1; number <= 2; number++) await logAsPlanned(PLAN[3]!, number);
  });
  figures.plannedSets = logged;
  figures.plannedTaps = counter.count;
  expect(counter.count / logged, 'taps per set logged as planned').toBeLessThanOrEqual(1);

  await test.step('the last deadlift 2.5 kg heavier: two taps (+2.5, ✓)', async () => {
    const before = counter.count;
    const row = setRow(page, PLAN[3]!.name, 3);
    await counter.tap(row.getByRole('button', { name: 'Increase Weight (kg) by 2.5' }));
    await counter.tap(row.getByRole('button', { name: 'Log set' }));
    await expect(row).toContainText('142.5 kg × 5');
    figures.changeTaps = counter.count - before;
    expect(figures.changeTaps).toBeLessThanOrEqual(2);
  });

  await test.step('the rest bar can be shortened, lengthened, skipped and its "over" notice dismissed', async () => {
    const bar = restTimer(page);
    await bar.getByRole('button', { name: '−30 s' }).click();
    await expect(bar.getByRole('timer')).toHaveText(/^0:[0-3]\d$/);
    await bar.getByRole('button', { name: '+30 s' }).click();
    await bar.getByRole('button', { name: 'Skip rest' }).click();
    await expect(bar).toHaveCount(0);
  });

  await test.step('weights stay fully readable in their fields at 393 and 320 px', async () => {
    await page.getByRole('button', { name: 'Add a set of Barbell Deadlift' }).click();
    const extra = setRow(page, PLAN[3]!.name, 4);
    for (const width of [393, 320]) {
      await page.setViewportSize({ width, height: 852 });
      for (const value of ['142.5', '227.5', '1000']) {
        const field = extra.getByRole('spinbutton', { name: 'Weight (kg)' });
        await field.fill(value);
        const clipped = await field.evaluate((input: HTMLInputElement) => input.scrollWidth > input.clientWidth);
        expect(clipped, `${value} clipped at ${width} px`).toBe(false);
      }
    }
    await extra.getByRole('button', { name: /options$/ }).click();
    await extra.getByRole('button', { name: 'Remove set' }).click();
    await expect(extra).toHaveCount(0);
  });

  await test.step('no sideways scroll from 320 to 1440 px, portrait or landscape; screenshots', async () => {
    for (const [width, height, name] of [
      [320, 640, 'gym-live-320'],
      [393, 852, 'gym-live-393'],
      [852, 393, 'gym-live-852-landscape'],
      [1280, 800, 'gym-live-1280'],
      [1440, 900, ''],
    ] as const) {
      await page.setViewportSize({ width, height });
      await expectNoSidewaysScroll(page, `live workout at ${width} × ${height}`);
      if (name) await screenshot(page, name);
    }
    await page.setViewportSize({ width: 852, height: 393 });
    await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeInViewport({ ratio: 1 });
    await page.setViewportSize({ width: 393, height: 852 });
  });

  await test.step('finish: 12 sets', async () => {
    await page.getByRole('button', { name: 'Finish workout' }).click();
    await expect(page.getByRole('heading', { name: 'Workout complete', level: 1 })).toBeVisible();
    await expect(page.getByRole('definition').nth(1)).toHaveText('12');
  });

  await test.step('next time: last time’s sets beside each set and as its pre-fill, by set position', async () => {
    await startWorkout(page, PROGRAM, TEMPLATE);
    const deadlift = (number: number) => setRow(page, PLAN[3]!.name, number);
    await expect(deadlift(3)).toContainText('142.5 × 5');
    await expect(deadlift(3).getByRole('spinbutton', { name: 'Weight (kg)' })).toHaveValue('142.5');
    await expect(deadlift(1).getByRole('spinbutton', { name: 'Weight (kg)' })).toHaveValue('140');
    await expect(setRow(page, PLAN[0]!.name, 1)).toContainText('60 × 5');
    await screenshot(page, 'gym-live-second-393');
  });

  figures.tapsPerSet = figures.plannedTaps! / figures.plannedSets!;
  await testInfo.attach('gym-walk.json', { body: JSON.stringify(figures, null, 2), contentType: 'application/json' });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(`${SCREENSHOT_DIR}/gym-walk.json`, JSON.stringify(figures, null, 2));
});

test('no screen scrolls sideways on a phone, portrait or landscape, and the header fits', async ({ page }) => {
  await signInAsNewcomer(page, uniqueEmail('widths'));
  for (const path of ['/', '/workout', '/history', '/programs', '/exercises', '/settings', '/settings/import', '/settings/delete-account', '/account/security', '/more']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    for (const [width, height] of [
      [320, 640],
      [393, 852],
      [852, 393],
      [1440, 900],
    ] as const) {
      await page.setViewportSize({ width, height });
      await expectNoSidewaysScroll(page, `${path} at ${width} × ${height}`);
      await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeInViewport({ ratio: 1 });
    }
    await page.setViewportSize({ width: 393, height: 852 });
  }
  const tabs = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
  await expect(tabs.filter({ visible: true })).toHaveCount(5);
});

test('exercises added to a workout are stored in order; one workout at a time; delete with confirmation', async ({ page }) => {
  await signInAsNewcomer(page, uniqueEmail('list'));
  await openFromNav(page, 'Workout', 'Workout');
  await page.getByRole('button', { name: 'Start empty workout' }).click();
  await expect(page).toHaveURL(/\/workouts\/[0-9a-f-]{36}$/);
  const workoutUrl = page.url();

  await test.step('several exercises added at once, never done before (no 404 in the console)', async () => {
    await page.getByRole('button', { name: 'Add exercises' }).click();
    const picker = page.getByRole('region', { name: 'Choose an exercise' });
    await picker.getByLabel('Search exercises').fill('barbell curl');
    await picker.getByRole('button', { name: 'Select Barbell Curl', exact: true }).click();
    await picker.getByLabel('Search exercises').fill('bench dip');
    await picker.getByRole('button', { name: 'Select Bench Dip', exact: true }).click();
    await picker.getByRole('button', { name: 'Add 2 exercises' }).click();
    await expect(setRow(page, 'Barbell Curl', 1)).toBeVisible();
    await expect(setRow(page, 'Bench Dip', 1).getByRole('spinbutton', { name: 'Weight (kg)' })).toHaveAttribute('placeholder', 'BW');
  });

  const blocks = page.locator('section.exercise-block h2');
  await test.step('moved up, then reloaded with the device’s copy gone: the server has the list and its order', async () => {
    await page.getByRole('button', { name: 'Move Bench Dip up' }).click();
    await expect(blocks).toHaveText(['Bench Dip', 'Barbell Curl']);
    await expect(page.getByRole('button', { name: 'Move Bench Dip up' })).toBeDisabled();
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(blocks).toHaveText(['Bench Dip', 'Barbell Curl']);
  });

  await test.step('starting another workout offers to resume, finish or abandon the open one', async () => {
    await openFromNav(page, 'Workout', 'Workout');
    await page.getByRole('button', { name: 'Start empty workout' }).click();
    const prompt = page.getByRole('group', { name: 'A workout is in progress' });
    await expect(prompt.getByRole('button', { name: 'Abandon it and start the new one' })).toBeVisible();
    await prompt.getByRole('link', { name: 'Resume it' }).click();
    await expect(page).toHaveURL(workoutUrl);
  });

  await test.step('delete the workout after confirming', async () => {
    await page.getByRole('button', { name: 'Delete workout' }).click();
    await page.getByRole('group', { name: 'Delete this workout?' }).getByRole('button', { name: 'Yes, delete workout' }).click();
    await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
    await openFromNav(page, 'Workout', 'Workout');
    await expect(page.getByRole('link', { name: /^Resume/ })).toHaveCount(0);
  });
});

