// Translations side by side in the editor (issue 14): a main text changed in the draft makes its translations
// outdated at once, "Still correct" makes one current again and that survives a save and a reload; the export
// screen then says what will fall back to the main language. Plus the translate mode's look in nl, fr and de, and
// its accessibility.
import { expect, test } from '@playwright/test';
import type { UiLanguage } from '../shared/i18n/languages';
import { chooseLanguage, seriousViolations, startWithSample } from './appModel';

/** CM-001 of the sample register, "Aansluiting en verzekerbaarheid": purposes in Dutch, English and French. */
const MEMBERSHIP = '/#/activities/00000000-0000-4000-8000-0000000a0001';

test.use({ viewport: { width: 1280, height: 900 } });

test('a purpose revised in Dutch makes its English translation outdated; "Still correct" keeps it current through a save and a reload; the export counts what falls back', async ({
  page,
}) => {
  await startWithSample(page, 'en');
  await page.goto(MEMBERSHIP);
  await expect(
    page.getByRole('heading', { name: 'Processing activity: Aansluiting en verzekerbaarheid' }),
  ).toBeVisible();
  const saveBar = page.locator('.save-bar');
  const translate = page.getByRole('button', { name: 'Translate', exact: true });
  await expect(translate).toHaveAttribute('aria-pressed', 'false');

  // Closed, the first purpose's toggle says how many of its translations are current, and that German is missing.
  const firstPurpose = page.locator('#field-purposes .list-entry').first();
  const toggle = firstPurpose.locator('.translations-toggle');
  await expect(toggle).toHaveAccessibleName(/^Translations \(2\/3\)\s?: Purposes 1\s?, 1 missing$/);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toContainText('1 missing');
  await expect(page.getByLabel('Purposes 1 — English (en)')).toHaveCount(0);

  // Translate mode opens every field's translations.
  await translate.click();
  await expect(translate).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const english = page.getByLabel('Purposes 1 — English (en)', { exact: true });
  const french = page.getByLabel('Purposes 1 — French (fr)', { exact: true });
  const german = page.getByLabel('Purposes 1 — German (de)', { exact: true });
  await expect(english).toHaveAccessibleDescription('Current');
  await expect(german).toHaveAccessibleDescription('Missing');

  // The Dutch purpose changes: its translations are outdated at once, the old English text still in its box.
  const dutch = page.getByRole('textbox', { name: 'Purposes 1', exact: true });
  await dutch.fill('Leden identificeren, contacteren en correct adviseren, en hun dossier beheren');
  await expect(english).toHaveAccessibleDescription(/^Outdated/);
  await expect(french).toHaveAccessibleDescription(/^Outdated/);
  await expect(english).toHaveValue('Identifying, contacting and advising members and managing their file');
  await expect(toggle).toContainText('Translations (0/3)');
  await expect(toggle).toContainText('2 outdated');

  // The English one still fits: "Still correct" makes it current; the cursor stays in its box.
  await page.locator('.translation').filter({ has: english }).getByRole('button', { name: 'Still correct' }).click();
  await expect(english).toHaveAccessibleDescription('Current');
  await expect(english).toBeFocused();
  await expect(french).toHaveAccessibleDescription(/^Outdated/);
  await saveBar.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.save-state')).toHaveText('Saved');
  await expect(english).toHaveAccessibleDescription('Current');
  await expect(french).toHaveAccessibleDescription(/^Outdated/);

  // After a reload it is still current, and the French one still outdated.
  await page.reload();
  await expect(dutch).toHaveValue('Leden identificeren, contacteren en correct adviseren, en hun dossier beheren');
  await translate.click();
  await expect(english).toHaveAccessibleDescription('Current');
  await expect(french).toHaveAccessibleDescription(/^Outdated/);

  // Changed again and saved: the English translation was made from the text before, so it is outdated.
  await dutch.fill('Leden identificeren en contacteren, en hun dossier beheren');
  await expect(english).toHaveAccessibleDescription(/^Outdated/);
  await page.keyboard.press('Control+s');
  await expect(page.locator('.save-state')).toHaveText('Saved');
  await expect(english).toHaveAccessibleDescription(/^Outdated/);

  // The export screen starts in the register's main language (Dutch), where nothing falls back.
  await page.getByRole('link', { name: 'Export', exact: true }).click();
  const language = page.getByLabel('Language of the export');
  await expect(language).toHaveValue('nl');
  await expect(language.locator('option:checked')).toHaveText('Dutch (main language)');
  const note = page.locator('.export-translations');
  await expect(note).toHaveCount(0);

  // In English: the count, its breakdown (the sample has no other outdated English text) and the list.
  await language.selectOption('en');
  await expect(note).toContainText(
    /texts? (is|are) missing or outdated in English: (it|they) will be shown in Dutch, marked\./,
  );
  const count = Number(/(\d+) texts?/.exec((await note.textContent()) ?? '')?.[1]);
  expect(count).toBeGreaterThanOrEqual(1);
  await expect(note).toContainText('1 outdated');
  const list = note.getByRole('link', { name: 'See the texts to translate into English' });
  await expect(list).toHaveAttribute('href', '#/translations?lang=en');
});

const TRANSLATE: Readonly<Record<UiLanguage, string>> = {
  en: 'Translate',
  nl: 'Vertalen',
  fr: 'Traduire',
  de: 'Übersetzen',
};

const OUTDATED: Readonly<Record<UiLanguage, string>> = {
  en: 'Outdated',
  nl: 'Verouderd',
  fr: 'Obsolète',
  de: 'Veraltet',
};

test('the translate mode in Dutch, French and German: its words, a screenshot each, and no serious accessibility violation', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await startWithSample(page, 'en');
  await page.goto(MEMBERSHIP);
  await page
    .getByRole('textbox', { name: 'Purposes 1', exact: true })
    .fill('Leden identificeren en contacteren, en hun dossier beheren');
  await page.getByRole('button', { name: 'Translate', exact: true }).click();
  expect(await seriousViolations(page)).toEqual([]);

  for (const lang of ['nl', 'fr', 'de'] as const) {
    await chooseLanguage(page, lang);
    const translate = page.getByRole('button', { name: TRANSLATE[lang], exact: true });
    await expect(translate).toHaveAttribute('aria-pressed', 'true');
    const firstPurpose = page.locator('#field-purposes .list-entry').first();
    await expect(firstPurpose.locator('.translation.tr-outdated .tr-state').first()).toHaveText(OUTDATED[lang]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `/tmp/editor-translate-${lang}-top.png` });
    await page.evaluate(() => document.querySelector('#field-purposes')?.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `/tmp/editor-translate-${lang}.png` });
    expect(await seriousViolations(page), lang).toEqual([]);
  }
});
