import { expect, type Locator, type Page } from '@playwright/test';

/** One exercise of a template as typed into the template editor (weights in the user's unit). */
export interface PlannedExercise {
  search: string;
  name: string;
  sets: number;
  reps: number;
  restSeconds: number;
  targetWeight: number;
}

export const BENCH: PlannedExercise = { search: 'bench', name: 'Barbell Bench Press', sets: 2, reps: 5, restSeconds: 60, targetWeight: 60 };
export const SQUAT: PlannedExercise = { search: 'squat', name: 'Barbell Back Squat', sets: 2, reps: 5, restSeconds: 60, targetWeight: 100 };

export function mainNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main' });
}

/** Follows a link of the main navigation; on a phone, destinations past the tab bar's five are under "More". */
export async function openFromNav(page: Page, link: string, heading: string | RegExp): Promise<void> {
  const direct = mainNav(page).getByRole('link', { name: link, exact: true });
  if (await direct.isVisible()) {
    await direct.click();
  } else {
    await mainNav(page).getByRole('link', { name: 'More', exact: true }).click();
    await page.getByRole('list', { name: 'More destinations' }).getByRole('link', { name: new RegExp(`^${link}`) }).click();
  }
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

/** Programs → New program → the new program's page. */
export async function createProgram(page: Page, name: string): Promise<void> {
  await openFromNav(page, 'Programs', 'Programs');
  await page.getByRole('button', { name: 'New program' }).click();
  await page.getByLabel('Program name').fill(name);
  await page.getByRole('button', { name: 'Create program' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByText('No templates yet.')).toBeVisible();
}

/** On a program's page: opens the template editor, names the template and adds `exercises` through the picker. */
export async function fillNewTemplate(page: Page, name: string, exercises: PlannedExercise[], unit = 'kg'): Promise<void> {
  await page.getByRole('link', { name: 'Add workout template' }).click();
  await expect(page.getByRole('heading', { name: 'New workout template', level: 1 })).toBeVisible();
  await page.getByLabel('Template name').fill(name);
  for (const [index, exercise] of exercises.entries()) {
    await page.getByRole('button', { name: 'Add exercise' }).click();
    const picker = page.getByRole('region', { name: 'Choose an exercise' });
    await picker.getByLabel('Search exercises').fill(exercise.search);
    await picker.getByRole('button', { name: `Add ${exercise.name}`, exact: true }).click();
    await expect(picker).toHaveCount(0);
    const row = page.getByRole('listitem', { name: `${index + 1}. ${exercise.name}` });
    await expect(row).toBeVisible();
    await row.getByLabel('Sets', { exact: true }).fill(String(exercise.sets));
    await row.getByLabel('Reps from').fill(String(exercise.reps));
    await row.getByLabel('Reps to').fill(String(exercise.reps));
    await row.getByLabel('Rest (s)').fill(String(exercise.restSeconds));
    await row.getByLabel(`Target (${unit})`).fill(String(exercise.targetWeight));
  }
}

/** Saves the template editor's form; lands back on the program with the template listed. */
export async function saveNewTemplate(page: Page, name: string, exerciseCount: number): Promise<void> {
  await page.getByRole('button', { name: 'Save template' }).click();
  const templates = page.getByRole('list', { name: 'Templates in order' });
  await expect(templates.getByRole('link', { name, exact: true })).toBeVisible();
  await expect(templates.getByText(`${exerciseCount} exercises`)).toBeVisible();
}

/** Workout → "Start <template> from <program>" → the live workout. */
export async function startWorkout(page: Page, program: string, template: string): Promise<void> {
  await openFromNav(page, 'Workout', 'Workout');
  await page.getByRole('button', { name: `Start ${template} from ${program}` }).click();
  await expect(page).toHaveURL(/\/workouts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: template, level: 1 })).toBeVisible();
}

export function setRow(page: Page, exercise: string, number: number): Locator {
  return page.getByRole('listitem', { name: `Set ${number} of ${exercise}`, exact: true });
}

/**
 * In the live workout: adjusts set `number` of `exercise` with the ± buttons under the set about to be logged
 * (`weightSteps` taps on the weight's +, `repSteps` on the reps' +), taps ✓ ("Log set") and waits until it
 * shows as logged.
 */
export async function logSet(
  page: Page,
  exercise: string,
  number: number,
  { weightSteps = 0, repSteps = 0, unit = 'kg', step = 2.5 }: { weightSteps?: number; repSteps?: number; unit?: string; step?: number } = {},
): Promise<void> {
  const row = setRow(page, exercise, number);
  const log = row.getByRole('button', { name: 'Log set' });
  await expect(log).toBeVisible();
  // The ± buttons belong to the set about to be logged; a tap in another set's weight makes it that one.
  if ((weightSteps || repSteps) && !(await row.getByRole('group', { name: 'Adjust this set' }).isVisible())) {
    await row.getByRole('spinbutton', { name: `Weight (${unit})` }).click();
  }
  for (let i = 0; i < weightSteps; i++) await row.getByRole('button', { name: `Increase Weight (${unit}) by ${step}` }).click();
  for (let i = 0; i < repSteps; i++) await row.getByRole('button', { name: 'Increase Reps by 1' }).click();
  await log.click();
  await expect(row.getByRole('button', { name: `Edit set ${number}` })).toBeVisible();
}

export function restTimer(page: Page): Locator {
  return page.getByRole('region', { name: 'Rest timer' });
}
