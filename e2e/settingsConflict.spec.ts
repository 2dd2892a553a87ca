// Finding 1 of the adversarial test, in a real browser: two tabs of one profile share the register, and a Settings
// screen left open in one of them never writes its stale copy over what the other tab saved or restored.
import { expect, test, type Page } from '@playwright/test';
import { emptyRegister } from '../shared/model';
import { writeRegisterFile } from '../shared/register/registerFile';
import { sampleRegister } from '../shared/sample/sampleRegister';
import { startWithSample } from './appModel';

const SAMPLE_TITLE = sampleRegister().meta.title;

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
}

test('finding 1: with two Settings tabs the second save is refused with a reload instead of undoing the first', async ({ page, context }) => {
  await startWithSample(page, 'en');
  await openSettings(page);
  const tabB = await context.newPage();
  await tabB.goto('/#/settings');
  await expect(tabB.getByLabel('Register', { exact: true })).toHaveValue(SAMPLE_TITLE);

  await page.getByLabel('Register', { exact: true }).fill('Title from tab A');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toContainText('Settings saved.');

  // Tab B notices at once, and refuses its save from the old copy.
  await expect(tabB.getByRole('status')).toContainText('another window or tab changed the register title');
  await tabB.getByLabel('Organisation', { exact: true }).fill('Org from tab B');
  await tabB.getByRole('button', { name: 'Save settings' }).click();
  await expect(tabB.getByRole('alert')).toContainText('Not saved. After you opened these settings, another window or tab changed the register title');

  await tabB.getByRole('button', { name: 'Reload the settings' }).click();
  await expect(tabB.getByLabel('Register', { exact: true })).toHaveValue('Title from tab A');
  await tabB.getByLabel('Organisation', { exact: true }).fill('Org from tab B');
  await tabB.getByRole('button', { name: 'Save settings' }).click();
  await expect(tabB.getByRole('status')).toContainText('Settings saved.');

  await page.reload();
  await expect(page.getByLabel('Register', { exact: true })).toHaveValue('Title from tab A');
  await expect(page.getByLabel('Organisation', { exact: true })).toHaveValue('Org from tab B');
});

test('finding 1: Settings open in one tab never write the old title over a register restored in another', async ({ page, context }) => {
  await startWithSample(page, 'en');
  await openSettings(page);
  await expect(page.getByLabel('Register', { exact: true })).toHaveValue(SAMPLE_TITLE);

  const tabB = await context.newPage();
  await tabB.goto('/#/backup');
  const choosing = tabB.waitForEvent('filechooser');
  await tabB.getByRole('button', { name: 'Restore from a backup file…' }).click();
  const backup = writeRegisterFile(emptyRegister({ title: 'Restored register', organisationName: 'Restored org' }));
  await (await choosing).setFiles({ name: 'restored.ropa.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await tabB.getByRole('button', { name: 'Replace the current register with this one' }).click();
  await expect(tabB.getByRole('status')).toContainText('Backup restored.ropa.json restored');

  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('alert')).toContainText('another window or tab changed the register title');
  await expect(page.getByText('Settings saved.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reload the settings' }).click();
  await expect(page.getByLabel('Register', { exact: true })).toHaveValue('Restored register');
  await expect(page.getByLabel('Organisation', { exact: true })).toHaveValue('Restored org');
});
