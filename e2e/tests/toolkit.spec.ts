import { expect, test } from '../support/fixtures';
import { signInAsNewcomer, uniqueEmail } from '../support/flows';
import { saveScreenshot } from '../support/screens';
import { createProgram, fillNewTemplate, logSet, openFromNav, restTimer, saveNewTemplate, setRow, startWorkout, type PlannedExercise } from '../support/training';

// The lifter's toolkit end to end on a 393 px phone: a template with a bench/row superset (the bench progressing
// linearly) and a timed plank; the warm-up ramp and the plates for 142.5 kg on a 20 kg bar; logging moves bench → row
// → bench → row and rests only after each row; finish, update the template, and the next workout plans 145 kg.

const PROGRAM = 'Toolkit';
const TEMPLATE = 'Superset day';
const BENCH: PlannedExercise = { search: 'bench', name: 'Barbell Bench Press', sets: 2, reps: 5, restSeconds: 30, targetWeight: 142.5 };
const ROW: PlannedExercise = { search: 'bent-over barbell', name: 'Bent-Over Barbell Row', sets: 2, reps: 8, restSeconds: 30, targetWeight: 60 };
const PLANK: PlannedExercise = { search: 'plank', name: 'Plank', sets: 1, reps: 1, restSeconds: 30, targetWeight: 0 };

test.use({ viewport: { width: 393, height: 852 } });

/** The set whose ± buttons are showing: the one the log moves to next. */
function isNext(page: import('@playwright/test').Page, exercise: string, number: number) {
  return setRow(page, exercise, number).getByRole('group', { name: 'Adjust this set' });
}

test('a superset template with a timed plank: warm-ups, plates, logging in rounds, update the template, progression', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  await signInAsNewcomer(page, uniqueEmail('toolkit'));
  await createProgram(page, PROGRAM);

  await test.step('the template pairs bench and row as Superset A, the bench progresses linearly, the plank stays on its own', async () => {
    await fillNewTemplate(page, TEMPLATE, [BENCH, ROW, PLANK]);
    await page.getByRole('listitem', { name: `1. ${BENCH.name}` }).getByLabel('Progression').selectOption('linear');
    await page.getByRole('button', { name: `Superset ${BENCH.name} with the next exercise` }).click();
    await expect(page.getByText(`${BENCH.name} is in Superset A.`)).toBeVisible();
    await expect(page.getByRole('listitem', { name: `2. ${ROW.name}` }).getByText('Superset A')).toBeVisible();
    await expect(page.getByRole('listitem', { name: `3. ${PLANK.name}` }).getByText('Superset A')).toHaveCount(0);
    await saveNewTemplate(page, TEMPLATE, 3);
  });

  await startWorkout(page, PROGRAM, TEMPLATE);

  await test.step('the live workout shows the superset as one labelled block, the plank asks for a time', async () => {
    for (const name of [BENCH.name, ROW.name]) await expect(page.getByRole('region', { name }).getByText('Superset A')).toBeVisible();
    await expect(setRow(page, PLANK.name, 1).getByRole('textbox', { name: 'Time (m:ss)' })).toBeVisible();
    await saveScreenshot(page, testInfo, 'toolkit-superset');
  });

  await test.step('the warm-up ramp goes before the first bench set, and the plates for 142.5 kg are 25, 25, 10, 1.25 a side', async () => {
    await page.getByRole('button', { name: `Add the warm-up ramp for ${BENCH.name}` }).click();
    await expect(page.getByRole('region', { name: BENCH.name }).getByRole('button', { name: /^Edit warm-up \d/ })).toHaveText([
      '20 kg × 10',
      '57.5 kg × 5',
      '85 kg × 3',
      '115 kg × 1',
    ]);
    await setRow(page, BENCH.name, 1).getByRole('button', { name: 'Plates for 142.5 kg' }).click();
    const sheet = page.getByRole('dialog', { name: 'Plates for 142.5 kg' });
    await expect(sheet.getByText('Per side: 25, 25, 10, 1.25 kg')).toBeVisible();
    await sheet.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(sheet).toHaveCount(0);
  });

  await test.step('logging goes bench, row, bench, row, and the rest timer starts only after each row', async () => {
    await expect(isNext(page, BENCH.name, 1)).toBeVisible();
    await logSet(page, BENCH.name, 1);
    await expect(isNext(page, ROW.name, 1)).toBeVisible();
    await expect(restTimer(page)).toHaveCount(0);
    await logSet(page, ROW.name, 1);
    await expect(restTimer(page)).toBeVisible();
    await restTimer(page).getByRole('button', { name: 'Skip rest' }).click();
    await expect(isNext(page, BENCH.name, 2)).toBeVisible();
    await logSet(page, BENCH.name, 2);
    await expect(isNext(page, ROW.name, 2)).toBeVisible();
    await expect(restTimer(page)).toHaveCount(0);
    // One rep more than planned on the last row: "update the template" has something to change.
    await logSet(page, ROW.name, 2, { repSteps: 1 });
    await expect(restTimer(page)).toBeVisible();
    await restTimer(page).getByRole('button', { name: 'Skip rest' }).click();
  });

  await test.step('the plank is logged as a time, then the workout is finished', async () => {
    const plank = setRow(page, PLANK.name, 1);
    await plank.getByRole('textbox', { name: 'Time (m:ss)' }).fill('1:00');
    await plank.getByRole('button', { name: 'Log set' }).click();
    await expect(plank.getByRole('button', { name: 'Edit set 1' })).toContainText('1:00');
    await page.getByRole('button', { name: 'Finish workout' }).click();
    await expect(page.getByRole('heading', { name: 'Workout complete', level: 1 })).toBeVisible();
  });

  await test.step('"Update the template" takes what was done', async () => {
    await page.getByRole('button', { name: 'Update the template' }).click();
    const confirm = page.getByRole('group', { name: 'Update the template' });
    await expect(confirm.getByRole('list', { name: 'Changes to the template' })).toContainText(`${ROW.name}: 2 × 8 @ 60 kg → 2 × 8–9 @ 60 kg`);
    await confirm.getByRole('button', { name: 'Update template' }).click();
    await expect(page.getByText(`${TEMPLATE} updated.`)).toBeVisible();
  });

  await test.step('the next workout keeps the superset and plans the bench 2.5 kg heavier, saying why', async () => {
    await openFromNav(page, 'Workout', 'Workout');
    await page.getByRole('button', { name: `Start ${TEMPLATE} from ${PROGRAM}` }).click();
    await expect(page.getByRole('heading', { name: TEMPLATE, level: 1 })).toBeVisible();
    const bench = page.getByRole('region', { name: BENCH.name });
    await expect(bench.getByText('Superset A')).toBeVisible();
    await expect(bench.locator('.exercise-block__plan')).toContainText('Plan: 2 × 5 @ 145 kg');
    await expect(bench.getByText('+2.5 kg: all sets hit 5')).toBeVisible();
    await saveScreenshot(page, testInfo, 'toolkit-next-workout');
  });
});
