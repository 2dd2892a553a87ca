import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { startWithSample } from './appModel';

test('the register exported as a complete workbook, edited elsewhere and imported, changes only what was edited', async ({ page }) => {
  test.setTimeout(120_000);
  await startWithSample(page, 'en');
  await page.getByRole('link', { name: 'Export', exact: true }).click();
  await page.getByLabel('Excel — complete (every field; can be imported back)').check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^register-.*-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByRole('status').filter({ hasText: 'Exported as' })).toBeVisible();

  // Someone renames one activity in the workbook.
  const workbook = new ExcelJS.Workbook();
  const exported = await readFile((await download.path()) ?? '');
  await workbook.xlsx.load(exported.buffer.slice(exported.byteOffset, exported.byteOffset + exported.byteLength));
  let edited = false;
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (!edited && cell.value === 'Aanwerving van nieuwe medewerkers') {
          cell.value = 'Aanwerving en selectie van medewerkers';
          edited = true;
        }
      });
    });
  });
  expect(edited).toBe(true);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

  await page.getByRole('link', { name: 'Import', exact: true }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  await (await choosing).setFiles({ name: 'edited.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
  const preview = page.getByRole('region', { name: 'What the import would change' });
  await expect(preview).toContainText('Aanwerving en selectie van medewerkers');
  await expect(preview.locator('.diff-record')).toHaveCount(1);
  await page.getByRole('button', { name: 'Apply the import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import of edited.xlsx applied' })).toBeVisible();
  await page.getByRole('link', { name: 'Processing activities' }).click();
  await expect(page.getByRole('link', { name: 'Aanwerving en selectie van medewerkers' })).toBeVisible();
});

test('a text file renamed to .xlsx is refused with a clear message and nothing changes', async ({ page }) => {
  await startWithSample(page, 'fr');
  await page.getByRole('link', { name: 'Importer', exact: true }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choisir un fichier…' }).click();
  await (await choosing).setFiles({ name: 'registre.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('Ceci est un texte, pas un classeur.') });
  await expect(page.getByRole('alert')).toContainText('Ce fichier ne peut pas être importé');
  await expect(page.getByRole('region', { name: "Ce que l'import changerait" })).toHaveCount(0);
});

test('the register exported as a PDF in Dutch from the app is a PDF with the register in it', async ({ page }) => {
  test.setTimeout(120_000);
  await startWithSample(page, 'nl');
  await page.getByRole('link', { name: 'Exporteren', exact: true }).click();
  await page.getByLabel('PDF — om te lezen en af te drukken').check();
  await page.getByLabel('De bevindingen opnemen').check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = await readFile((await download.path()) ?? '');
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(100_000);
  await expect(page.getByRole('status').filter({ hasText: 'Geëxporteerd als' })).toBeVisible();
});
