import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import { openFromNav } from './training';

/**
 * A small Strong export written by hand in Strong's middle layout (`,`, am/pm dates, one workout with U+202F before
 * "PM", `1h 5m` durations, no unit column, CRLF): three workouts, 23 readable sets, one row whose reps are "ten"
 * (line 17), and "Meadows Row (Barbell)", which matches nothing in the catalogue until the lifter maps it to T-Bar Row.
 */
export const STRONG_EXPORT = {
  path: fileURLToPath(new URL('../fixtures/strong.csv', import.meta.url)),
  workouts: 3,
  sets: 23,
  skippedLine: 17,
  remapped: { sourceName: 'Meadows Row (Barbell)', search: 't-bar', exercise: 'T-Bar Row' },
};

/** Settings → Import from a file. */
export async function openImport(page: Page): Promise<void> {
  await openFromNav(page, 'Settings', 'Settings');
  await page.getByRole('link', { name: 'Import from a file' }).click();
  await expect(page.getByRole('heading', { name: 'Import your history', level: 1 })).toBeVisible();
}

/** On the import screen: uploads the Strong export in kilograms and waits for its preview. */
export async function uploadStrongExport(page: Page): Promise<void> {
  await page.getByLabel('File to import').setInputFiles(STRONG_EXPORT.path);
  await page.getByLabel('Format').selectOption('strong');
  await page.getByRole('radio', { name: 'Kilograms (kg)' }).check();
  await page.getByRole('button', { name: 'Upload and preview' }).click();
  await expect(page.getByRole('heading', { name: 'Check your import', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/settings\/import\/[0-9a-f-]{36}$/);
}

/** The card of one exercise name of the file on the preview. */
export function importedName(page: Page, sourceName: string): Locator {
  return page.getByRole('list', { name: 'Exercise names in the file' }).getByRole('listitem', { name: sourceName, exact: true });
}

/** Opens the change panel of `sourceName` and picks `exercise` from the catalogue. */
export async function remap(page: Page, sourceName: string, search: string, exercise: string): Promise<void> {
  const card = importedName(page, sourceName);
  await card.getByRole('button', { name: `Change the match for ${sourceName}` }).click();
  const picker = card.getByRole('region', { name: 'Choose an exercise' });
  await picker.getByLabel('Search exercises').fill(search);
  await picker.getByRole('button', { name: `Use ${exercise}`, exact: true }).click();
  await expect(picker).toHaveCount(0);
  await expect(card).toContainText(`→ ${exercise}`);
}
