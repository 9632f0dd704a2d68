import { expect, test } from '../support/fixtures';
import { signInAsNewcomer, uniqueEmail } from '../support/flows';
import { mkdirSync } from 'node:fs';
import { saveScreenshot, SCREENSHOT_DIR } from '../support/screens';
import { createProgram, fillNewTemplate, logSet, openFromNav, setRow, startWorkout, type PlannedExercise } from '../support/training';

// On a phone: a template whose squat progresses linearly; a workout from it with one set fewer than planned;
// "Update the template" shows the change before it is made; the next workout plans 2.5 kg more and says why.

const PROGRAM = 'Linear gains';
const TEMPLATE = 'Squat day';
const SQUAT: PlannedExercise = { search: 'squat', name: 'Barbell Back Squat', sets: 3, reps: 5, restSeconds: 30, targetWeight: 100 };

test.use({ viewport: { width: 393, height: 852 } });

test('finish a workout from a template, update the template, and the next workout shows the progression and why', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await signInAsNewcomer(page, uniqueEmail('progression'));
  await createProgram(page, PROGRAM);

  await test.step('the template editor gives the squat a linear rule: +2.5 kg when every set hits 5', async () => {
    await fillNewTemplate(page, TEMPLATE, [SQUAT]);
    const row = page.getByRole('listitem', { name: `1. ${SQUAT.name}` });
    await row.getByLabel('Progression').selectOption('linear');
    await expect(row.getByLabel('Add (kg)')).toHaveValue('2.5');
    // The rule sits low in a long form: a viewport shot with it in view, clear of the tab bar.
    await row.getByLabel('Progression').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/template-editor-rule-${testInfo.project.name}.png`, scale: 'css', animations: 'disabled', caret: 'hide' });
    await page.getByRole('button', { name: 'Save template' }).click();
    await expect(page.getByRole('list', { name: 'Templates in order' }).getByRole('link', { name: TEMPLATE, exact: true })).toBeVisible();
  });

  await test.step('two of the three planned sets, both at the top of the range, then finish', async () => {
    await startWorkout(page, PROGRAM, TEMPLATE);
    await logSet(page, SQUAT.name, 1);
    await logSet(page, SQUAT.name, 2);
    await expect(setRow(page, SQUAT.name, 2)).toContainText('100 kg × 5');
    await page.getByRole('button', { name: 'Finish workout' }).click();
    await page.getByRole('button', { name: 'Finish anyway' }).click();
    await expect(page.getByRole('heading', { name: 'Workout complete', level: 1 })).toBeVisible();
  });

  await test.step('"Update the template" shows the change, and applies it only when confirmed', async () => {
    await page.getByRole('button', { name: 'Update the template' }).click();
    const confirm = page.getByRole('group', { name: 'Update the template' });
    await expect(confirm.getByRole('list', { name: 'Changes to the template' })).toHaveText(`${SQUAT.name}: 3 × 5 @ 100 kg → 2 × 5 @ 100 kg`);
    await confirm.getByRole('button', { name: 'Update template' }).click();
    await expect(page.getByText(`${TEMPLATE} updated.`)).toBeVisible();
  });

  await test.step('the next workout plans 102.5 kg and says why; its sets are pre-filled with it', async () => {
    await openFromNav(page, 'Workout', 'Workout');
    await page.getByRole('button', { name: `Start ${TEMPLATE} from ${PROGRAM}` }).click();
    await expect(page.getByRole('heading', { name: TEMPLATE, level: 1 })).toBeVisible();
    const plan = page.locator('.exercise-block__plan');
    await expect(plan).toContainText('Plan: 2 × 5 @ 102.5 kg');
    await expect(plan.getByText('+2.5 kg: all sets hit 5')).toBeVisible();
    await expect(setRow(page, SQUAT.name, 1).getByRole('spinbutton', { name: 'Weight (kg)' })).toHaveValue('102.5');
    await saveScreenshot(page, testInfo, 'plan-progression-reason');
  });
});
