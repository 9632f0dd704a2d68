import { expect, test } from '../support/fixtures';
import { signInAsNewcomer, uniqueEmail } from '../support/flows';
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll, SCREENSHOT_DIR } from '../support/screens';
import { openFromNav, setRow } from '../support/training';
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';

// On a 393 px phone: a timed plank (1:30) and a loaded farmer's walk (40 kg × 50 m) are logged with the inputs their
// kinds need, read back in the summary and the history; the plank's page says how to do it and keeps the lifter's
// note, which shows again under the plank in the next workout.

const PLANK = 'Plank';
const CARRY = "Farmer's Walk";
const NOTE = 'Squeeze the glutes, elbows under the shoulders';

test.use({ viewport: { width: 393, height: 852 } });

async function shot(target: Page | Locator, page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  if (target === page) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path, fullPage: true, scale: 'css', animations: 'disabled', caret: 'hide' });
  } else {
    await (target as Locator).screenshot({ path, scale: 'css', animations: 'disabled', caret: 'hide' });
  }
}

async function startEmptyWorkoutWith(page: Page, exercises: { search: string; name: string }[]): Promise<void> {
  await openFromNav(page, 'Workout', 'Workout');
  await page.getByRole('button', { name: 'Start empty workout' }).click();
  await expect(page).toHaveURL(/\/workouts\/[0-9a-f-]{36}$/);
  await page.getByRole('button', { name: 'Add exercises' }).click();
  const picker = page.getByRole('region', { name: 'Choose an exercise' });
  for (const exercise of exercises) {
    await picker.getByLabel('Search exercises').fill(exercise.search);
    await picker.getByRole('button', { name: `Select ${exercise.name}`, exact: true }).click();
  }
  await picker.getByRole('button', { name: /^Add \d+ exercises?$/ }).click();
  for (const exercise of exercises) await expect(setRow(page, exercise.name, 1)).toBeVisible();
}

test('log a timed plank and a loaded carry, read them back, and keep a note on the plank', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await signInAsNewcomer(page, uniqueEmail('kinds'));
  await startEmptyWorkoutWith(page, [
    { search: 'plank', name: PLANK },
    { search: 'farmer', name: CARRY },
  ]);

  await test.step('a plank asks for a time, never reps; a carry for a load and a distance', async () => {
    const plank = setRow(page, PLANK, 1);
    await expect(plank.getByRole('spinbutton', { name: 'Reps' })).toHaveCount(0);
    await plank.getByRole('textbox', { name: 'Time (m:ss)' }).fill('1:30');
    await shot(plank, page, 'kinds-plank-row-editing-393');
    await plank.getByRole('button', { name: 'Log set' }).click();
    await expect(plank.getByRole('button', { name: 'Edit set 1' })).toContainText('1:30');

    const carry = setRow(page, CARRY, 1);
    await carry.getByRole('spinbutton', { name: 'Weight (kg)' }).fill('40');
    await carry.getByRole('spinbutton', { name: 'Distance (m)' }).fill('50');
    await carry.getByRole('button', { name: 'Log set' }).click();
    await expect(carry.getByRole('button', { name: 'Edit set 1' })).toContainText('40 kg × 50 m');
    await expectNoSidewaysScroll(page, 'live workout with a plank and a carry');
    await shot(page.getByRole('region', { name: PLANK }), page, 'kinds-plank-block-393');
  });

  await test.step('the summary counts both sets and adds no volume; the history reads them', async () => {
    await page.getByRole('button', { name: 'Finish workout' }).click();
    const confirm = page.getByRole('button', { name: 'Finish anyway' });
    if (await confirm.isVisible()) await confirm.click();
    await expect(page.getByRole('heading', { name: 'Workout complete', level: 1 })).toBeVisible();
    await expect(page.getByRole('definition').nth(1)).toHaveText('2');
    await expect(page.getByRole('definition').nth(2)).toHaveText('0 kg');
    await page.getByRole('link', { name: 'See your history' }).click();
    await page.getByRole('list', { name: 'Workouts' }).getByRole('link').first().click();
    await expect(setRow(page, PLANK, 1)).toContainText('1:30');
    await expect(setRow(page, CARRY, 1)).toContainText('40 kg × 50 m');
  });

  await test.step('the plank’s page: kind, muscles, how to do it, and a note that saves itself', async () => {
    await page.getByRole('link', { name: PLANK, exact: true }).click();
    await expect(page.getByRole('heading', { name: PLANK, level: 1 })).toBeVisible();
    await expect(page.getByText('Time (a hold, e.g. a plank)')).toBeVisible();
    const how = page.getByRole('region', { name: 'How to do it' });
    await expect(how.getByRole('heading', { name: 'Setup' })).toBeVisible();
    await expect(how).toContainText('Forearms on the floor under the shoulders');
    await expect(how.getByRole('heading', { name: 'Common mistakes' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: '1:30' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Sessions, newest first' })).toContainText('1:30');
    const note = page.getByRole('region', { name: 'Your notes' }).getByRole('textbox');
    await note.fill(NOTE);
    await expect(page.getByRole('region', { name: 'Your notes' }).getByText('Saved')).toBeVisible();
    await expectNoSidewaysScroll(page, 'exercise page');
    await expectNoSeriousA11yViolations(page, testInfo, 'exercise-page');
    await shot(page, page, 'kinds-exercise-page-393');
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot(page, page, 'kinds-exercise-page-1280');
    await page.reload();
    await expect(page.getByRole('region', { name: 'Your notes' }).getByRole('textbox')).toHaveValue(NOTE);
    await page.setViewportSize({ width: 393, height: 852 });
  });

  await test.step('the next workout shows the note under the plank, and last time’s 1:30', async () => {
    await startEmptyWorkoutWith(page, [{ search: 'plank', name: PLANK }]);
    const block = page.getByRole('region', { name: PLANK });
    await expect(block.getByText(NOTE)).toBeVisible();
    await expect(setRow(page, PLANK, 1)).toContainText('1:30');
    await expect(setRow(page, PLANK, 1).getByRole('textbox', { name: 'Time (m:ss)' })).toHaveValue('1:30');
    await expect(setRow(page, PLANK, 1).getByRole('spinbutton', { name: 'Added weight (kg)' })).toHaveValue('');
    await shot(block, page, 'kinds-plank-next-workout-393');
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot(block, page, 'kinds-plank-next-workout-1280');
  });
});
