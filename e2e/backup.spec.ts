import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { startEmpty, startWithSample } from './appModel';

test('a downloaded backup restores after a preview of what it holds', async ({ page }) => {
  await startWithSample(page, 'en');
  await page.getByRole('link', { name: 'Backup and restore' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^register-backup-\d{4}-\d{2}-\d{2}\.ropa\.json$/);
  const backup = await readFile((await download.path()) ?? '', 'utf8');
  expect(JSON.parse(backup)).toMatchObject({ format: 'ropa-register', version: 1 });

  // Replace the register with an empty one, then restore the backup.
  await page.evaluate(() => indexedDB.deleteDatabase('ropa-desk'));
  await startEmpty(page, 'en');
  await expect(page.getByText('No processing activities yet.', { exact: false })).toBeVisible();
  await page.getByRole('link', { name: 'Backup and restore' }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup file…' }).click();
  await (await choosing).setFiles({ name: 'register.ropa.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  const preview = page.getByRole('region', { name: 'What this file holds' });
  await expect(preview).toContainText('register.ropa.json');
  await expect(preview).toContainText(JSON.parse(backup).fingerprint.slice(0, 12));
  await expect(preview.locator('.fact-row').filter({ hasText: 'Processing activities' })).toContainText('29');
  await page.getByRole('button', { name: 'Replace the current register with this one' }).click();
  await expect(page.getByRole('status')).toContainText('Backup register.ropa.json restored');
  await page.getByRole('link', { name: 'Processing activities' }).click();
  await expect(page.getByText('29 activities')).toBeVisible();
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
