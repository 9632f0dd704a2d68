import { readFileSync } from 'node:fs';
import { expect, test } from '../support/fixtures';
import { importedName, openImport, remap, STRONG_EXPORT, uploadStrongExport } from '../support/data-io';
import { signInAsNewcomer, uniqueEmail } from '../support/flows';
import { expectNoSidewaysScroll } from '../support/screens';
import { openFromNav } from '../support/training';

// Issue 12 on a phone: a Strong user uploads their export, fixes one mapping, commits and sees the history fill;
// then takes everything out as JSON and deletes the account.

test('import a Strong export with one mapping fixed, see the history, export JSON, delete the account', async ({ page }) => {
  const email = await signInAsNewcomer(page, uniqueEmail('strong'));
  const { remapped } = STRONG_EXPORT;

  await test.step('upload the Strong file: the preview counts its workouts and sets and lists the unreadable line', async () => {
    await openImport(page);
    await uploadStrongExport(page);
    const stats = page.getByRole('definition');
    await expect(stats.nth(0)).toHaveText(String(STRONG_EXPORT.workouts));
    await expect(stats.nth(1)).toHaveText(String(STRONG_EXPORT.sets));
    await expect(importedName(page, 'Bench Press (Barbell)')).toContainText('→ Barbell Bench Press');
    await expect(page.getByRole('list', { name: 'Skipped lines' })).toContainText(`Line ${STRONG_EXPORT.skippedLine}:`);
    for (const width of [320, 393]) {
      await page.setViewportSize({ width, height: 852 });
      await expectNoSidewaysScroll(page, `import preview at ${width} px`);
    }
  });

  await test.step('fix one mapping from the catalogue and save it', async () => {
    await expect(importedName(page, remapped.sourceName)).toContainText('No match');
    await remap(page, remapped.sourceName, remapped.search, remapped.exercise);
    await expect(importedName(page, remapped.sourceName)).toContainText('Changed, not saved yet');
    await page.getByRole('button', { name: 'Save mapping' }).click();
    await expect(page.getByText('Mapping saved.')).toBeVisible();
    await page.reload();
    await expect(importedName(page, remapped.sourceName)).toContainText(`→ ${remapped.exercise}`);
  });

  await test.step('commit: every workout is written, and the history lists them', async () => {
    await page.getByRole('button', { name: `Import ${STRONG_EXPORT.workouts} workouts` }).click();
    await expect(page.getByRole('heading', { name: 'Import complete', level: 1 })).toBeVisible();
    await expect(page.getByText(`${STRONG_EXPORT.workouts} workouts added to your history.`)).toBeVisible();
    await page.getByRole('link', { name: 'See your history' }).click();
    await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
    const workouts = page.getByRole('list', { name: 'Workouts' }).getByRole('link');
    await expect(workouts).toHaveCount(STRONG_EXPORT.workouts);
    await expect(workouts.first()).toContainText('Pull Day');
    await workouts.first().click();
    await expect(page.getByRole('heading', { name: 'Pull Day', level: 1 })).toBeVisible();
    await expect(page.getByText(remapped.exercise).first()).toBeVisible();
  });

  await test.step('the re-mapped exercise’s page charts the imported sets', async () => {
    await page.getByRole('link', { name: remapped.exercise }).first().click();
    await expect(page.getByRole('heading', { name: remapped.exercise, level: 1 })).toBeVisible();
    const progress = page.getByRole('region', { name: 'Progress' });
    // The file is from 2024: only "All" reaches back that far.
    await progress.getByRole('group', { name: 'Range' }).getByRole('button', { name: 'All' }).click();
    await progress.getByRole('button', { name: 'Table' }).click();
    // Epley on the best set, 40 kg × 10: 40 × (1 + 10/30) = 53.3, shown to the nearest 0.5 kg.
    await expect(page.getByRole('table', { name: 'Estimated 1-rep max (kg)' }).locator('tbody td')).toHaveText(['53.5 kg']);
  });

  await test.step('export everything as JSON from Settings', async () => {
    await openFromNav(page, 'Settings', 'Settings');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download JSON' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^fitfolio-export-\d{8}\.json$/);
    const exported = JSON.parse(readFileSync((await file.path())!, 'utf8')) as {
      schemaVersion: number;
      account: { email: string };
      workouts: { sets: unknown[] }[];
    };
    expect(exported.schemaVersion).toBe(1);
    expect(exported.account.email).toBe(email);
    expect(exported.workouts).toHaveLength(STRONG_EXPORT.workouts);
    expect(exported.workouts.flatMap((w) => w.sets)).toHaveLength(STRONG_EXPORT.sets);
  });

  await test.step('delete the account: the screen counts what goes, and only the exact email enables the button', async () => {
    await page.getByRole('link', { name: 'Delete account…' }).click();
    await expect(page.getByRole('heading', { name: 'Delete your account', level: 1 })).toBeVisible();
    await expect(page.getByRole('list', { name: 'What will be deleted' })).toContainText(`${STRONG_EXPORT.workouts} workouts`);
    const button = page.getByRole('button', { name: 'Delete my account and all its data' });
    const field = page.getByLabel('Type your email address to confirm');
    await field.fill(email.toUpperCase());
    await expect(button).toBeDisabled();
    await field.fill(email);
    await button.click();
    await expect(page).toHaveURL(/\/sign-in\?account=deleted$/);
    await expect(page.getByText('Your account and everything in it were deleted.')).toBeVisible();
  });

  await test.step('the session is gone with the account', async () => {
    await page.goto('/history');
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  });
});
