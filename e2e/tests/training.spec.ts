import { expect, test } from '../support/fixtures';
import { signInAsNewcomer, uniqueEmail } from '../support/flows';
import {
  BENCH,
  createProgram,
  fillNewTemplate,
  logSet,
  openFromNav,
  restTimer,
  saveNewTemplate,
  setRow,
  SQUAT,
  startWorkout,
} from '../support/training';

// Issue 6 on a phone: plan a template from the catalogue, log every planned set at the "gym", finish,
// and find the workout in History; then switch to pounds and see the weights converted.

/** "1,835 kg" in whatever digit grouping the browser's locale uses. */
function volumePattern(value: number, unit: string): RegExp {
  const digits = String(value).split('');
  return new RegExp(`^${digits.join('[,.\\s\\u202f]?')} ${unit}$`);
}

test('plan a template, log every set, finish, find it in history, and read it in pounds', async ({ page }) => {
  const program = 'Strength basics';
  const template = 'Upper and lower A';
  await signInAsNewcomer(page, uniqueEmail('lifter'));

  await test.step('create a program with one template of bench press and back squat, 2 × 5 @ target, 60 s rest', async () => {
    await createProgram(page, program);
    await fillNewTemplate(page, template, [BENCH, SQUAT]);
    await saveNewTemplate(page, template, 2);
  });

  // What the walk logs (kg): bench 60 × 6 and 62.5 × 6, squat 100 × 5 and 100 × 6.
  const logged = [
    { exercise: BENCH.name, number: 1, weightSteps: 0, repSteps: 1, weight: 60, reps: 6 },
    // Set 2 starts from set 1 as logged (60 × 6): one + on the weight.
    { exercise: BENCH.name, number: 2, weightSteps: 1, repSteps: 0, weight: 62.5, reps: 6 },
    { exercise: SQUAT.name, number: 1, weightSteps: 0, repSteps: 0, weight: 100, reps: 5 },
    { exercise: SQUAT.name, number: 2, weightSteps: 0, repSteps: 1, weight: 100, reps: 6 },
  ];
  const volume = logged.reduce((sum, s) => sum + s.weight * s.reps, 0);
  expect(volume).toBe(1835);

  await test.step('start a workout from the template: the plan and the pre-filled targets are there', async () => {
    await startWorkout(page, program, template);
    const bench = page.getByRole('region', { name: BENCH.name });
    await expect(bench.getByText('Plan: 2 × 5 @ 60 kg · rest 1:00')).toBeVisible();
    await expect(page.getByRole('region', { name: SQUAT.name }).getByText('Plan: 2 × 5 @ 100 kg · rest 1:00')).toBeVisible();
    const first = setRow(page, BENCH.name, 1);
    await expect(first.getByRole('spinbutton', { name: 'Weight (kg)' })).toHaveValue('60');
    await expect(first.getByRole('spinbutton', { name: 'Reps' })).toHaveValue('5');
    await expect(restTimer(page)).toHaveCount(0);
  });

  await test.step('log every planned set with the steppers; the rest timer starts after a log', async () => {
    for (const [index, set] of logged.entries()) {
      await logSet(page, set.exercise, set.number, { weightSteps: set.weightSteps, repSteps: set.repSteps });
      const weight = set.weight.toLocaleString('en-US');
      await expect(setRow(page, set.exercise, set.number)).toContainText(`${weight} kg × ${set.reps}`);
      if (index === 0) {
        await expect(restTimer(page)).toBeVisible();
        // 60 s of rest, counting down.
        await expect(restTimer(page).getByRole('timer')).toHaveText(/^(1:00|0:[0-5]\d)$/);
      }
    }
    await expect(restTimer(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Log set' })).toHaveCount(0);
  });

  await test.step('finish: the summary shows 4 sets and the volume', async () => {
    await page.getByRole('button', { name: 'Finish workout' }).click();
    await expect(page.getByRole('heading', { name: 'Workout complete', level: 1 })).toBeVisible();
    const stats = page.getByRole('definition');
    await expect(stats.nth(1)).toHaveText('4');
    await expect(stats.nth(2)).toHaveText(volumePattern(volume, 'kg'));
    await expect(restTimer(page)).toHaveCount(0);
  });

  await test.step('History lists the workout with that volume; it opens read-only with every set', async () => {
    await page.getByRole('link', { name: 'See your history' }).click();
    await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
    const item = page.getByRole('list', { name: 'Workouts' }).getByRole('link').filter({ hasText: template });
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('4 sets');
    await expect(item.getByText(/sets · /)).toHaveText(new RegExp(`^4 sets · ${volumePattern(volume, 'kg').source.slice(1, -1)}$`));
    await item.click();
    await expect(page.getByRole('heading', { name: template, level: 1 })).toBeVisible();
    await expect(page.getByRole('definition').nth(2)).toHaveText(volumePattern(volume, 'kg'));
    for (const set of logged) {
      await expect(setRow(page, set.exercise, set.number)).toContainText(`${set.weight.toLocaleString('en-US')} kg × ${set.reps}`);
    }
  });

  const workoutUrl = page.url();
  await test.step('Settings → pounds: the same workout reads in lb (100 kg → 220.5 lb)', async () => {
    await openFromNav(page, 'Settings', 'Settings');
    await page.getByLabel('Pounds (lb)').check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Settings saved.')).toBeVisible();
    await page.goto(workoutUrl);
    await expect(page.getByRole('heading', { name: template, level: 1 })).toBeVisible();
    await expect(setRow(page, SQUAT.name, 1)).toContainText('220.5 lb × 5');
    await expect(setRow(page, BENCH.name, 1)).toContainText('132.3 lb × 6');
    // 1835 kg ÷ 0.45359237 = 4045.5… lb
    await expect(page.getByRole('definition').nth(2)).toHaveText(volumePattern(Math.round(volume / 0.45359237), 'lb'));
  });
});
