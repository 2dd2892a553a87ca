import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { startWithSample } from './appModel';

/**
 * The exchange with translators as a DPO uses it: the English texts of the sample register (main language Dutch)
 * downloaded as XLIFF, translated outside the app, imported with a preview and applied; then nothing of them is
 * left to translate.
 */
test('the English texts go to a translator as XLIFF and come back translated, applied whole', async ({ page }) => {
  test.setTimeout(120_000);
  await startWithSample(page, 'en');
  await page.goto('/#/translations?lang=en');
  const exchange = page.getByRole('region', { name: 'Exchange with translators' });
  await expect(exchange).toContainText(/\d+ texts need translating into English/);
  const before = Number(/(\d+) texts need translating/.exec((await exchange.textContent()) ?? '')?.[1]);

  await exchange.getByLabel('XLIFF 2.0 (for translation tools)').check();
  const downloading = page.waitForEvent('download');
  await exchange.getByRole('button', { name: 'Download for translators' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^translations-.*-nl-en-\d{4}-\d{2}-\d{2}\.xlf$/);
  const xliff = await readFile((await download.path()) ?? '', 'utf8');
  expect(xliff).toContain('srcLang="nl" trgLang="en"');

  // The translator fills in the first three empty targets in a text editor.
  let filled = 0;
  const translated = xliff.replace(/<target xml:space="preserve"><\/target>/g, (empty) =>
    filled < 3 ? `<target xml:space="preserve">Translated text ${++filled}</target>` : empty,
  );
  expect(filled).toBe(3);

  const choosing = page.waitForEvent('filechooser');
  await exchange.getByRole('button', { name: 'Import translated file…' }).click();
  await (
    await choosing
  ).setFiles({ name: 'en.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(translated) });
  const preview = exchange.getByRole('region', { name: 'What the import would change' });
  await expect(preview.locator('[data-count="applied"] dd')).toHaveText('3');
  await expect(preview.locator('[data-count="stale"] dd')).toHaveText('0');
  await expect(preview.getByRole('table', { name: 'Translations to apply' })).toContainText('Translated text 2');

  await preview.getByRole('button', { name: 'Apply the translations' }).click();
  await expect(
    exchange.getByRole('status').filter({ hasText: 'Translations from en.xlf applied: 3 texts.' }),
  ).toBeVisible();
  await expect(exchange).toContainText(`${before - 3} texts need translating into English`);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Exchange with translators' })).toContainText(
    `${before - 3} texts need translating into English`,
  );
});
