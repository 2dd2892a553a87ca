// The translation workspace, walked as the acceptance test: a Dutch purpose changes, its English translation
// becomes outdated, the English exports fall back to the Dutch text (visibly), the workspace lists the text, and
// once it is translated there the exports show the new English text unmarked. Then the workspace in the other
// interface languages, looked at and checked with axe.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage, seriousViolations, startWithSample } from './appModel';

/** CM-001 "Aansluiting en verzekerbaarheid" of the sample register. */
const MEMBERSHIP = '/#/activities/00000000-0000-4000-8000-0000000a0001';
const OLD_ENGLISH = 'Identifying, contacting and advising members and managing their file';
const NEW_DUTCH = 'Leden identificeren, contacteren, adviseren en hun digitale dossier beheren';
const NEW_ENGLISH = 'Identifying, contacting and advising members and managing their digital file';

const XLSX_AUTHORITY = 'Excel — layout of the GBA/APD register model';
const PDF = 'PDF — for reading and printing';

async function exportFile(page: Page, format: string): Promise<Buffer> {
  await page.getByRole('link', { name: 'Export', exact: true }).click();
  await page.getByLabel(format).check();
  await page.getByLabel('Language of the export').selectOption('en');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  return readFile((await download.path()) ?? '');
}

interface FoundCell {
  text: string;
  fill: string | undefined;
  italic: boolean;
}

/** Every text cell of the workbook, with the marks of a fallback to the main language. */
async function workbookCells(bytes: Buffer): Promise<FoundCell[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const cells: FoundCell[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const fill = cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;
        cells.push({ text: cell.text, fill, italic: cell.font?.italic === true });
      }),
    ),
  );
  return cells;
}

/** The PDF's text as poppler extracts it, white space flattened (a purpose may wrap over lines). */
async function pdfText(bytes: Buffer): Promise<string> {
  const file = join(tmpdir(), `workspace-${Date.now()}.pdf`);
  await writeFile(file, bytes);
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return text.replace(/\s+/g, ' ');
}

test('a changed Dutch purpose falls back in the English exports until the workspace translates it', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await startWithSample(page, 'en');

  // The DPO rewrites the first purpose in Dutch, the register's main language.
  await page.goto(MEMBERSHIP);
  await expect(
    page.getByRole('heading', { name: 'Processing activity: Aansluiting en verzekerbaarheid' }),
  ).toBeVisible();
  const purpose = page.getByRole('textbox', { name: 'Purposes 1', exact: true });
  await expect(purpose).toHaveValue('Leden identificeren, contacteren, correct adviseren en hun dossier beheren');
  await purpose.fill(NEW_DUTCH);
  await page.locator('.save-bar').getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.save-state')).toHaveText('Saved');

  // English exports: the Dutch text, marked as a fallback; the old English text nowhere.
  let cells = await workbookCells(await exportFile(page, XLSX_AUTHORITY));
  const fallback = cells.filter((c) => c.text.includes(NEW_DUTCH));
  expect(fallback.length).toBeGreaterThan(0);
  for (const cell of fallback) {
    expect(cell.fill).toBe('FFFCE4C4');
    expect(cell.italic).toBe(true);
  }
  expect(cells.filter((c) => c.text.includes(OLD_ENGLISH))).toEqual([]);
  let text = await pdfText(await exportFile(page, PDF));
  expect(text).toContain(`${NEW_DUTCH} [nl]`);
  expect(text).not.toContain(OLD_ENGLISH);

  // The dashboard links into the workspace for English.
  await page.goto('/#/dashboard');
  const todo = page.getByRole('link', {
    name: /^English \(en\): Translate the \d+ missing texts and revise the outdated translation$/,
  });
  await expect(todo).toHaveAttribute('href', '#/translations?lang=en');
  await page
    .locator('section[aria-labelledby="dash-translation-title"]')
    .screenshot({ path: '/tmp/dashboard-translation.png' });

  // The workspace lists the purpose as outdated, with the old translation to revise.
  await page.getByRole('link', { name: 'Translations', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Translations' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Translate into' }).selectOption('en');
  await expect(page).toHaveURL(/#\/translations\?lang=en$/);
  await page.getByRole('combobox', { name: 'Show', exact: true }).selectOption('outdated');
  const row = page.locator('tr.tw-row', { hasText: NEW_DUTCH });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('CM-001 Aansluiting en verzekerbaarheid');
  await expect(row.getByRole('link')).toHaveText('Purpose 1');
  await expect(row.locator('.tw-badge')).toHaveText('outdated');
  await expect(row.getByRole('button', { name: 'Still correct' })).toBeEnabled();
  await page.screenshot({ path: '/tmp/workspace-outdated.png' });
  const box = row.getByRole('textbox');
  await expect(box).toHaveValue(OLD_ENGLISH);
  await expect(row.getByRole('link')).toHaveAttribute(
    'href',
    '#/activities/00000000-0000-4000-8000-0000000a0001?field=purposes',
  );

  // Escape puts back what is stored; Enter saves; the row stays, marked done. It was the only outdated text, so the
  // cursor stays and the status line says so.
  await box.fill('Something else');
  await box.press('Escape');
  await expect(box).toHaveValue(OLD_ENGLISH);
  await box.fill(NEW_ENGLISH);
  await box.press('Enter');
  await expect(row.locator('.tw-badge')).toHaveText('done');
  await expect(box).toHaveValue(NEW_ENGLISH);
  await expect(box).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `Saved: ${NEW_ENGLISH.slice(0, 40)}` })).toContainText(
    'That was the last text in the list.',
  );

  // The exports now show the new English text, unmarked.
  cells = await workbookCells(await exportFile(page, XLSX_AUTHORITY));
  const translated = cells.filter((c) => c.text.includes(NEW_ENGLISH));
  expect(translated.length).toBeGreaterThan(0);
  for (const cell of translated) {
    expect(cell.fill).not.toBe('FFFCE4C4');
    expect(cell.italic).toBe(false);
  }
  expect(cells.filter((c) => c.text.includes(NEW_DUTCH))).toEqual([]);
  text = await pdfText(await exportFile(page, PDF));
  expect(text).toContain(NEW_ENGLISH);
  expect(text).not.toContain(`${NEW_ENGLISH} [nl]`);
  expect(text).not.toContain(NEW_DUTCH);
});

test('Enter goes from text to text, and the workspace reads well and passes axe in Dutch, French and German', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await startWithSample(page, 'en');
  await page.goto('/#/translations?lang=de&kind=activities');
  const boxes = page.locator('tr.tw-row textarea');
  await expect(boxes.first()).toBeVisible();
  const count = await boxes.count();
  expect(count).toBeGreaterThan(1);
  expect(count).toBeLessThanOrEqual(100);

  // Enter on an untouched box writes nothing and goes on; Shift+Enter is a new line.
  await boxes.nth(0).focus();
  await page.keyboard.press('Enter');
  await expect(boxes.nth(1)).toBeFocused();
  await page.keyboard.type('Erste Zeile');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('zweite Zeile');
  await expect(boxes.nth(1)).toHaveValue('Erste Zeile\nzweite Zeile');
  await page.keyboard.press('Enter');
  await expect(boxes.nth(2)).toBeFocused();
  await expect(page.locator('tr.tw-row').nth(1).locator('.tw-badge')).toHaveText('done');

  for (const lang of ['nl', 'fr', 'de'] as const) {
    await chooseLanguage(page, lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      { nl: 'Vertalingen', fr: 'Traductions', de: 'Übersetzungen' }[lang],
    );
    await page.screenshot({ path: `/tmp/workspace-${lang}.png` });
    expect(await seriousViolations(page)).toEqual([]);
  }
});
