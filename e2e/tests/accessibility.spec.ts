import { expect, test } from '../support/fixtures';
import { findLinkInMailbox, requestMagicLink, signInAsNewcomer, uniqueEmail } from '../support/flows';
import { importedName, openImport, STRONG_EXPORT, uploadStrongExport } from '../support/data-io';
import { checkScreen } from '../support/screens';
import {
  BENCH,
  createProgram,
  fillNewTemplate,
  logSet,
  openFromNav,
  restTimer,
  saveNewTemplate,
  SQUAT,
  startWorkout,
} from '../support/training';

// Every screen reachable on this branch, scanned with axe-core (WCAG 2 A/AA; serious and critical
// violations fail) and saved as a full-page screenshot under artifacts/screenshots/.

test.describe('accessibility and screenshots', () => {
  test('sign-in', async ({ page }, testInfo) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
    await checkScreen(page, testInfo, 'sign-in');
  });

  test('check your inbox', async ({ page }, testInfo) => {
    await page.goto('/sign-in');
    await requestMagicLink(page, uniqueEmail('inbox'));
    await expect(page.getByRole('link', { name: 'development mailbox' })).toBeVisible();
    await checkScreen(page, testInfo, 'check-inbox');
  });

  test('development mailbox', async ({ page }, testInfo) => {
    const email = uniqueEmail('mailbox');
    await page.goto('/sign-in');
    await requestMagicLink(page, email);
    await findLinkInMailbox(page, email);
    await checkScreen(page, testInfo, 'dev-mailbox');
  });

  test('verify: expired or used link', async ({ page, expectHttpError }, testInfo) => {
    expectHttpError('/api/v1/auth/magic-link/verify', 400);
    await page.goto('/auth/verify?token=this-link-was-never-sent');
    await expect(page.getByRole('heading', { name: 'This link has expired or was already used' })).toBeVisible();
    await checkScreen(page, testInfo, 'verify-error');
  });

  test('home and account security', async ({ page }, testInfo) => {
    await signInAsNewcomer(page, uniqueEmail('home'));
    await checkScreen(page, testInfo, 'home');

    await page.getByRole('link', { name: /^Security/ }).first().click();
    await expect(page.getByRole('heading', { name: 'Security', level: 1 })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Active sessions' }).getByText('This device', { exact: true })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Sign-in activity, newest first' })).toBeVisible();
    await checkScreen(page, testInfo, 'account-security');
  });

  test('training: exercises, program, template editor, live workout, summary, history, workout log, settings, more', async ({
    page,
  }, testInfo) => {
    await signInAsNewcomer(page, uniqueEmail('training'));

    await openFromNav(page, 'Exercises', 'Exercises');
    await expect(page.getByRole('list').filter({ hasText: BENCH.name }).first()).toBeVisible();
    await checkScreen(page, testInfo, 'exercises');

    await createProgram(page, 'Strength basics');
    await fillNewTemplate(page, 'Upper and lower A', [BENCH, SQUAT]);
    await checkScreen(page, testInfo, 'template-editor');
    await saveNewTemplate(page, 'Upper and lower A', 2);
    await checkScreen(page, testInfo, 'program');

    await startWorkout(page, 'Strength basics', 'Upper and lower A');
    await logSet(page, BENCH.name, 1);
    await logSet(page, BENCH.name, 2);
    await logSet(page, SQUAT.name, 1);
    await expect(restTimer(page)).toBeVisible();
    await checkScreen(page, testInfo, 'live-workout');

    const next = page.getByRole('listitem', { name: `Set 2 of ${SQUAT.name}`, exact: true });
    await next.getByRole('button', { name: /options$/ }).click();
    await expect(next.getByRole('group', { name: /options$/ })).toBeVisible();
    await page.getByRole('button', { name: 'Finish workout' }).click();
    await expect(page.getByRole('group', { name: 'Finish with sets not logged?' })).toBeVisible();
    await checkScreen(page, testInfo, 'live-workout-options-and-finish-prompt');
    await page.getByRole('button', { name: 'Keep logging' }).click();
    await next.getByRole('button', { name: 'Close' }).click();

    await logSet(page, SQUAT.name, 2);
    await page.getByRole('button', { name: 'Finish workout' }).click();
    await expect(page.getByRole('heading', { name: 'Workout complete', level: 1 })).toBeVisible();
    await checkScreen(page, testInfo, 'workout-summary');

    await page.getByRole('link', { name: 'See your history' }).click();
    await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Workouts' }).getByRole('link')).toHaveCount(1);
    await checkScreen(page, testInfo, 'history');

    await page.getByRole('list', { name: 'Workouts' }).getByRole('link').click();
    await expect(page.getByRole('heading', { name: 'Upper and lower A', level: 1 })).toBeVisible();
    await checkScreen(page, testInfo, 'workout-detail');

    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Done editing' })).toBeVisible();
    await checkScreen(page, testInfo, 'workout-detail-editing');

    await openFromNav(page, 'Settings', 'Settings');
    await checkScreen(page, testInfo, 'settings');

    await page.goto('/more');
    await expect(page.getByRole('heading', { name: 'More', level: 1 })).toBeVisible();
    await checkScreen(page, testInfo, 'more');
  });

  test('workout in progress prompt and delete confirmation', async ({ page }, testInfo) => {
    await signInAsNewcomer(page, uniqueEmail('prompt'));
    await openFromNav(page, 'Workout', 'Workout');
    await page.getByRole('button', { name: 'Start empty workout' }).click();
    await expect(page).toHaveURL(/\/workouts\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: 'Delete workout' }).click();
    await expect(page.getByRole('group', { name: 'Delete this workout?' })).toBeVisible();
    await checkScreen(page, testInfo, 'live-workout-delete-confirm');

    await openFromNav(page, 'Workout', 'Workout');
    await page.getByRole('button', { name: 'Start empty workout' }).click();
    await expect(page.getByRole('group', { name: 'A workout is in progress' })).toBeVisible();
    await checkScreen(page, testInfo, 'workout-in-progress-prompt');
  });

  test('your data: import, import preview (and a match being changed), import done, delete account', async ({ page }, testInfo) => {
    await signInAsNewcomer(page, uniqueEmail('data'));
    await openImport(page);
    await checkScreen(page, testInfo, 'import');

    await uploadStrongExport(page);
    await expect(page.getByRole('list', { name: 'Skipped lines' })).toBeVisible();
    await checkScreen(page, testInfo, 'import-preview');

    const { sourceName } = STRONG_EXPORT.remapped;
    await importedName(page, sourceName).getByRole('button', { name: `Change the match for ${sourceName}` }).click();
    await expect(page.getByRole('region', { name: 'Choose an exercise' })).toBeVisible();
    await checkScreen(page, testInfo, 'import-preview-change');
    await page.getByRole('button', { name: 'Create a custom exercise instead' }).click();
    await expect(page.getByRole('textbox', { name: 'Exercise name' })).toHaveValue('Meadows Row');
    await expect(page.getByRole('combobox', { name: 'Equipment' })).toHaveValue('barbell');
    await checkScreen(page, testInfo, 'import-preview-create');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Close the exercise list' }).click();

    await page.getByRole('button', { name: `Import ${STRONG_EXPORT.workouts} workouts` }).click();
    await expect(page.getByRole('heading', { name: 'Import complete', level: 1 })).toBeVisible();
    await checkScreen(page, testInfo, 'import-done');

    await page.goto('/settings/delete-account');
    await expect(page.getByRole('list', { name: 'What will be deleted' })).toContainText(`${STRONG_EXPORT.workouts} workouts`);
    await checkScreen(page, testInfo, 'delete-account');
  });

  test('page not found', async ({ page }, testInfo) => {
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { name: 'Page not found', level: 1 })).toBeVisible();
    await checkScreen(page, testInfo, 'not-found');
  });
});
