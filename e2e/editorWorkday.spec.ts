import { expect, test } from '@playwright/test';
import { chooseLanguage, startWithSample } from './appModel';

/** CM-020 of the sample register: a processing activity with a long form. */
const RECRUITMENT = '/#/activities/00000000-0000-4000-8000-0000000a0020';

test('the save bar and the section index stay in view of a long form, and Ctrl+S saves', async ({ page }) => {
  await startWithSample(page, 'en');
  await page.goto(RECRUITMENT);
  await expect(page.getByRole('heading', { name: /^Processing activity: / })).toBeVisible();
  const saveBar = page.locator('.save-bar');
  const index = page.getByRole('navigation', { name: 'Sections of the form' });
  await expect(saveBar).toBeInViewport();
  await expect(saveBar.getByRole('button', { name: 'Save' })).toBeDisabled();

  // At the very end of the form, the save bar and the index are still there.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(saveBar).toBeInViewport();
  await expect(index).toBeInViewport();

  // Each entry of the index brings its section into view.
  const entries = index.getByRole('link');
  expect(await entries.count()).toBeGreaterThan(3);
  await entries.first().click();
  await expect(page.locator('#form-section-0')).toBeInViewport();
  await expect(index).toBeInViewport();
  await expect(saveBar).toBeInViewport();
  await page.screenshot({ path: '/tmp/editor-ux.png' });

  // Ctrl+S without changes does nothing; with changes it saves.
  await page.keyboard.press('Control+s');
  await expect(page.locator('.save-state')).toHaveText('Saved');
  const name = page.getByLabel('Name', { exact: true });
  await name.fill('Aanwerving van nieuwe medewerkers (herzien)');
  await expect(page.locator('.save-state')).toHaveText('Unsaved changes');
  await name.press('Control+s');
  await expect(page.locator('.save-state')).toHaveText('Saved');
  await expect(saveBar.getByRole('button', { name: 'Save' })).toBeDisabled();

  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'Processing activity: Aanwerving van nieuwe medewerkers (herzien)' }),
  ).toBeVisible();
});

test('in the German interface a date is typed and shown as 31.12.2026, and an impossible date is said', async ({
  page,
}) => {
  await startWithSample(page, 'de');
  await page.goto(RECRUITMENT);
  const date = page.getByLabel('Nächste Überprüfung', { exact: true });
  await expect(date).toHaveAttribute('placeholder', 'TT.MM.JJJJ');

  await date.fill('31.02.2027');
  await expect(page.getByRole('alert').filter({ hasText: 'Dieses Datum gibt es nicht: 31.02.2027.' })).toBeVisible();
  await expect(date).toHaveAttribute('aria-invalid', 'true');

  await date.fill('1.3.2027');
  await expect(page.getByText('Dieses Datum gibt es nicht')).toHaveCount(0);
  await date.blur();
  await expect(date).toHaveValue('01.03.2027');
  await page.keyboard.press('Control+s');
  await expect(page.locator('.save-state')).toHaveText('Gespeichert');

  await page.reload();
  await expect(page.getByLabel('Nächste Überprüfung', { exact: true })).toHaveValue('01.03.2027');

  // ISO typed in is taken too, and another interface language writes the same date its own way.
  await page.getByLabel('Nächste Überprüfung', { exact: true }).fill('2027-06-30');
  await page.keyboard.press('Control+s');
  await expect(page.locator('.save-state')).toHaveText('Gespeichert');
  await chooseLanguage(page, 'en');
  await expect(page.getByLabel('Next review', { exact: true })).toHaveValue('30/06/2027');
});
