import { expect, test } from '../support/fixtures';
import { signInAsNewcomer, uniqueEmail } from '../support/flows';
import { checkScreen, expectNoSidewaysScroll, saveScreenshot } from '../support/screens';
import { createProgram, fillNewTemplate, saveNewTemplate, setRow, SQUAT, startWorkout, type PlannedExercise } from '../support/training';
import type { Page, TestInfo } from '@playwright/test';

// The lifter's toolkit on a phone: the plate calculator for 142.5 kg on a 20 kg bar, the nearest loadable weights for
// one that cannot be made, and one tap for the warm-up ramp before the first working set.

const BENCH: PlannedExercise = { search: 'bench', name: 'Barbell Bench Press', sets: 2, reps: 5, restSeconds: 60, targetWeight: 142.5 };

async function wideScreenshot(page: Page, testInfo: TestInfo, screen: string): Promise<void> {
  const phone = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 800 });
  await saveScreenshot(page, testInfo, `${screen}-1280`);
  if (phone) await page.setViewportSize(phone);
}

test('plates per side for 142.5 kg, the nearest loadable weights, and the warm-up ramp before the first working set', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await signInAsNewcomer(page, uniqueEmail('plates'));
  await createProgram(page, 'Toolkit');
  await fillNewTemplate(page, 'Press day', [BENCH, SQUAT]);
  await saveNewTemplate(page, 'Press day', 2);
  await startWorkout(page, 'Toolkit', 'Press day');

  await test.step('the plate calculator reads 25, 25, 10, 1.25 kg a side on the 20 kg bar', async () => {
    await setRow(page, BENCH.name, 1).getByRole('button', { name: 'Plates for 142.5 kg' }).click();
    const sheet = page.getByRole('dialog', { name: 'Plates for 142.5 kg' });
    await expect(sheet.getByText('Per side: 25, 25, 10, 1.25 kg')).toBeVisible();
    await expect(sheet.getByLabel('Bar')).toHaveValue('barbell');
    await checkScreen(page, testInfo, 'plates-sheet');
    await wideScreenshot(page, testInfo, 'plates-sheet');
    await sheet.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(sheet).toHaveCount(0);
  });

  await test.step('one tap puts the ramp before the first working set', async () => {
    await page.getByRole('button', { name: `Add the warm-up ramp for ${BENCH.name}` }).click();
    const block = page.getByRole('region', { name: BENCH.name });
    // 142.5 kg: the bar × 10, 40 % = 57 → 57.5, 60 % = 85.5 → 85, 80 % = 114 → 115.
    const rows = block.getByRole('listitem');
    await expect(rows.nth(0)).toHaveAccessibleName(`Warm-up 1 of ${BENCH.name}`);
    await expect(block.getByRole('button', { name: /^Edit warm-up \d/ })).toHaveText(['20 kg × 10', '57.5 kg × 5', '85 kg × 3', '115 kg × 1']);
    await expect(rows.nth(4)).toHaveAccessibleName(`Set 1 of ${BENCH.name}`);
    await expectNoSidewaysScroll(page, 'live workout with warm-ups');
    await saveScreenshot(page, testInfo, 'plates-warmups');
  });

  await test.step('a weight that cannot be loaded offers the nearest ones, and a tap fills the field', async () => {
    const second = setRow(page, BENCH.name, 2);
    const weight = second.getByRole('spinbutton', { name: 'Weight (kg)' });
    await weight.fill('101');
    await second.getByRole('button', { name: 'Plates for 101 kg' }).click();
    const sheet = page.getByRole('dialog', { name: 'Plates for 101 kg' });
    await expect(sheet.getByText('101 kg cannot be loaded exactly with your plates.')).toBeVisible();
    await saveScreenshot(page, testInfo, 'plates-nearest');
    await sheet.getByRole('button', { name: /Use 102.5 kg/ }).click();
    await expect(sheet).toHaveCount(0);
    await expect(weight).toHaveValue('102.5');
  });

  await test.step('settings hold the bars, plates and ramp', async () => {
    await page.goto('/settings#equipment');
    await expect(page.getByRole('heading', { name: 'Bars, plates and warm-ups' })).toBeVisible();
    await expect(page.getByLabel('25 kg plates', { exact: true })).toHaveValue('8');
    await checkScreen(page, testInfo, 'settings-equipment');
    await wideScreenshot(page, testInfo, 'settings-equipment');
  });
});
