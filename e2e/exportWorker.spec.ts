// Exports run in a worker: a PDF of 2,000 activities leaves the interface free (the activities table filters as the
// DPO types while it is laid out) and can be cancelled with nothing written; a smaller one's progress bar runs to the
// end and the file is saved.
import { expect, test } from '@playwright/test';
import { generateRegister } from '../shared/bench/generateRegister';
import { writeRegisterFile } from '../shared/register/registerFile';
import { restoreRegisterFile, startEmpty, startWithSample } from './appModel';

test('a PDF of 2,000 activities: the table answers while it is laid out, and Cancel saves nothing', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await startEmpty(page, 'en');
  const register = generateRegister(2000, 7);
  const text = writeRegisterFile(register, {
    savedAt: '2026-12-03T08:00:00.000Z',
    generator: 'e2e/exportWorker.spec.ts',
  });
  await restoreRegisterFile(page, 'large.ropa.json', text);
  let downloads = 0;
  page.on('download', () => {
    downloads += 1;
  });

  await page.getByRole('link', { name: 'Export', exact: true }).click();
  await page.getByLabel('PDF — for reading and printing').check();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const status = page.getByRole('status', { name: 'Export' });
  await expect(status).toContainText('PDF — for reading and printing: exporting…');

  // Meanwhile, on another screen, the table filters as the DPO types.
  await page.getByRole('link', { name: 'Processing activities', exact: true }).click();
  const wanted = register.activities[1234];
  await page.getByRole('searchbox', { name: 'Search' }).fill(wanted?.reference ?? '');
  const table = page.getByRole('table', { name: 'Processing activities' });
  await expect(table.getByRole('link', { name: wanted?.name ?? '', exact: true })).toBeVisible();
  await expect(page.getByText(/^1 of 2[.,\u202f ]?000 activities$/)).toBeVisible();
  // The export is still being laid out when the table has answered.
  await expect(status).toContainText('exporting…');
  await page.screenshot({ path: '/tmp/export-running.png' });

  await status.getByRole('button', { name: 'Cancel the export' }).click();
  await expect(page.getByRole('status', { name: 'Export' })).toHaveText(
    /Export cancelled \(PDF — for reading and printing\): nothing was saved\./,
  );
  // Long enough for a worker that had not stopped to finish a page or two and post its file.
  await page.waitForTimeout(3000);
  expect(downloads).toBe(0);
});

test('the progress bar of a PDF export runs to the end, and the file is saved', async ({ page }) => {
  test.setTimeout(180_000);
  await startWithSample(page, 'en');
  await page.getByRole('link', { name: 'Export', exact: true }).click();
  await page.getByLabel('PDF — for reading and printing').check();
  const downloading = page.waitForEvent('download', { timeout: 150_000 });
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const bar = page.getByRole('progressbar', { name: 'Progress of the export (PDF — for reading and printing)' });
  const seen: number[] = [];
  // Read the bar until it is gone (the export finished); a PDF reports its pages as it lays them out.
  while ((await bar.count()) > 0) {
    const value = await bar.getAttribute('value').catch(() => null);
    if (value !== null) seen.push(Number(value));
    await page.waitForTimeout(100);
  }
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  await expect(page.getByRole('status', { name: 'Export' })).toContainText('Exported as');
  expect(seen.length).toBeGreaterThan(1);
  expect(Math.max(...seen)).toBeGreaterThanOrEqual(0.9);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
});
