// The privacy notice screen as a DPO uses it: the Landsbond's notice in Dutch from the sample register, its problems
// linked to their fields, the HTML file checked by axe and the PDF read back by pdftotext (both carrying the register
// fingerprint), the fixed paragraphs rewritten, and what changed in the notice since a snapshot.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { seriousViolations, startWithSample } from './appModel';

const LANDSBOND = 'Landsbond der Christelijke Mutualiteiten (LCM)';

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; path: string }> {
  const waiting = page.waitForEvent('download');
  await click();
  const download = await waiting;
  return { download, path: (await download.path()) ?? '' };
}

test('the Landsbond notice in Dutch: preview, problems linked to fields, HTML and PDF with the fingerprint', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await startWithSample(page, 'en');
  await page.getByRole('link', { name: 'Privacy notice', exact: true }).click();
  const screen = page.getByRole('region', { name: 'Privacy notice' });
  await expect(screen.getByRole('checkbox', { name: LANDSBOND })).toBeChecked();
  await screen.getByLabel('Language of the notice').selectOption('nl');
  await screen.getByLabel('Date of the notice').fill('2026-12-03');

  const preview = page.locator('article.notice-preview');
  await expect(preview).toHaveAttribute('lang', 'nl');
  await expect(preview).toContainText(LANDSBOND);
  // Facts the Landsbond's statement names, as the notice gives them.
  for (const fact of ['RIZIV', 'Kruispuntbank', '3 maanden']) await expect(preview).toContainText(fact);
  await page.screenshot({ path: '/tmp/notice-screen-nl.png', fullPage: false });
  expect(await seriousViolations(page)).toEqual([]);

  // Problems come in groups; each names its record and opens it at the field.
  const problems = page.getByRole('region', { name: /to fix before publishing/ });
  const group = problems.locator('details').first();
  await group.locator('summary').click();
  const link = group.getByRole('link').first();
  const record = (await link.textContent()) ?? '';
  await link.click();
  await expect(page).toHaveURL(/#\/activities\/[0-9a-f-]+\?field=/);
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(record);
  await page.goBack();
  await expect(screen.getByLabel('Language of the notice')).toHaveValue('nl');

  // The HTML for the website: no script, the fingerprint, and nothing axe finds serious.
  const html = await downloaded(page, () => screen.getByRole('button', { name: 'Save as web page (HTML)' }).click());
  expect(html.download.suggestedFilename()).toMatch(/^privacyverklaring-.+-2026-12-03\.html$/);
  const text = await readFile(html.path, 'utf-8');
  // The register's fingerprint, in the footer: the same one `ropa fingerprint` prints for this register.
  const fingerprint = /class="fingerprint">[^<]*?([0-9a-f]{64})/.exec(text)?.[1] ?? '';
  expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
  expect(text).not.toMatch(/<script/i);
  const page2 = await page.context().newPage();
  await page2.setContent(text);
  expect(await seriousViolations(page2)).toEqual([]);
  await page2.screenshot({ path: '/tmp/notice-html-nl.png', fullPage: false });
  await page2.close();

  // The PDF: pdftotext finds the fingerprint (split over lines the way the PDF wraps it) and the statutes.
  const pdf = await downloaded(page, () => screen.getByRole('button', { name: 'Save as PDF' }).click());
  expect(pdf.download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdfText = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf-8' });
  expect(pdfText.replace(/\s+/g, '')).toContain(fingerprint);
  expect(pdfText).toContain('RIZIV');
});

test('a rewritten paragraph shows in the notice, and the change summary lists what changed between snapshots', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await startWithSample(page, 'en');
  await page.getByRole('link', { name: 'Snapshots' }).click();
  await page.getByLabel('Name of the snapshot').fill('Notice as published');
  await page.getByRole('button', { name: 'Take snapshot' }).click();
  await expect(page.getByRole('status')).toHaveText('Snapshot «Notice as published» taken.');

  // The Landsbond stops filming its buildings.
  await page.getByRole('link', { name: 'Processing activities' }).click();
  await page.getByRole('link', { name: 'Camerabewaking in en rond de gebouwen van CM', exact: true }).click();
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Retired' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved', { exact: true }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Snapshots' }).click();
  await page.getByLabel('Name of the snapshot').fill('Cameras stopped');
  await page.getByRole('button', { name: 'Take snapshot' }).click();
  await expect(page.getByRole('status')).toHaveText('Snapshot «Cameras stopped» taken.');

  await page.getByRole('link', { name: 'Privacy notice', exact: true }).click();
  const screen = page.getByRole('region', { name: 'Privacy notice' });
  await screen.getByLabel('Language of the notice').selectOption('nl');

  // The introduction, rewritten in the register's main language (Dutch), replaces the default.
  const introduction = page.getByLabel('Privacy notice: introduction');
  await introduction.fill('Deze verklaring geldt voor {controllers}. Testzin voor de inleiding.');
  await page.getByRole('button', { name: 'Save the paragraphs' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Paragraphs saved.' })).toBeVisible();
  const preview = page.locator('article.notice-preview');
  await expect(preview).toContainText(`Deze verklaring geldt voor ${LANDSBOND}. Testzin voor de inleiding.`);

  // Between the two snapshots: the cameras, not the paragraph (rewritten after both).
  await screen.getByLabel('From snapshot').selectOption({ label: 'Notice as published' });
  await screen.getByRole('combobox', { name: 'To', exact: true }).selectOption({ label: 'Cameras stopped' });
  const changes = page.getByRole('list', { name: 'What changed since a snapshot' });
  await expect(changes).toContainText('Camerabewaking');
  await expect(changes).not.toContainText('Inleiding');
  // From the second snapshot to today: the rewritten introduction only.
  await screen.getByLabel('From snapshot').selectOption({ label: 'Cameras stopped' });
  await screen.getByRole('combobox', { name: 'To', exact: true }).selectOption({ label: 'today’s register' });
  await expect(changes).not.toContainText('Camerabewaking');
  await expect(changes).toContainText('Inleiding');
  await expect(changes.getByRole('listitem')).toHaveCount(1);
  await expect(page.locator('.notice-changes')).toContainText('1 change');
  await page.locator('.notice-changes').screenshot({ path: '/tmp/notice-changes.png' });
  await preview.locator('section').nth(2).screenshot({ path: '/tmp/notice-preview-purposes.png' });
});
