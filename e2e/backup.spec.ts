import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { FILE_VERSION } from '../shared/register/fileVersion';
import { startWithSample } from './appModel';

test('a downloaded backup restores after a preview of what it holds', async ({ page }) => {
  await startWithSample(page, 'en');
  await page.getByRole('link', { name: 'Backup and restore' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^register-backup-\d{4}-\d{2}-\d{2}\.ropa\.json$/);
  const backup = await readFile((await download.path()) ?? '', 'utf8');
  expect(JSON.parse(backup)).toMatchObject({ format: 'ropa-register', version: FILE_VERSION });

  // The browser's data is wiped: the app notices the backup it made and offers it instead of a new register.
  await page.evaluate(() => indexedDB.deleteDatabase('ropa-desk'));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your register is empty, but there are backups' })).toBeVisible();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose the backup file…' }).click();
  await (await choosing).setFiles({ name: 'register.ropa.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await expect(page.getByRole('region', { name: 'register.ropa.json' })).toContainText('29 processing activities');
  await page.getByRole('button', { name: 'Restore this register' }).click();
  await page.getByRole('link', { name: 'Processing activities' }).click();
  await expect(page.getByText('29 activities')).toBeVisible();
});

test('an empty register can still be started anew when backups exist', async ({ page }) => {
  await startWithSample(page, 'en');
  await page.getByRole('link', { name: 'Backup and restore' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup file' }).click();
  await downloading;
  await page.evaluate(() => indexedDB.deleteDatabase('ropa-desk'));
  await page.goto('/');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Start a new register instead' }).click();
  await page.getByRole('button', { name: 'Start with an empty register' }).click();
  await expect(page.getByText('No processing activities yet.', { exact: false })).toBeVisible();
});

test('a broken backup file is refused with a clear message and the register stays as it was', async ({ page }) => {
  await startWithSample(page, 'nl');
  await page.getByRole('link', { name: 'Back-up en herstel' }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Herstellen uit een back-upbestand…' }).click();
  await (await choosing).setFiles({
    name: 'kapot.ropa.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"ropa-register","version":1,"meta":{"title":'),
  });
  await expect(page.getByRole('alert')).toContainText('Dit bestand kan niet worden hersteld: Het bestand is geen geldige JSON (regel 1');
  await expect(page.getByRole('region', { name: 'Wat dit bestand bevat' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Verwerkingsactiviteiten' }).click();
  await expect(page.getByText('29 activiteiten')).toBeVisible();
});
