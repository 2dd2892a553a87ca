/** Steps a person takes in the app, shared by the end-to-end tests (a page model, not a mock). */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { UiLanguage } from '../shared/i18n/languages';

/** The language switch's label in every interface language: the page may speak any of them when a test starts. */
const LANGUAGE_LABEL = /^(Taal|Langue|Language|Sprache)$/;

export async function chooseLanguage(page: Page, lang: UiLanguage): Promise<void> {
  await page.getByLabel(LANGUAGE_LABEL).selectOption(lang);
}

const START_EMPTY: Readonly<Record<UiLanguage, string>> = {
  en: 'Start with an empty register',
  nl: 'Beginnen met een leeg register',
  fr: 'Commencer avec un registre vide',
  de: 'Mit einem leeren Verzeichnis beginnen',
};

const START_SAMPLE: Readonly<Record<UiLanguage, string>> = {
  en: 'Start with the sample register',
  nl: 'Beginnen met het voorbeeldregister',
  fr: "Commencer avec le registre d'exemple",
  de: 'Mit dem Beispielverzeichnis beginnen',
};

/** First start: pick the language, then begin with an empty register. */
export async function startEmpty(page: Page, lang: UiLanguage): Promise<void> {
  await page.goto('/');
  await chooseLanguage(page, lang);
  const label = START_EMPTY[lang];
  await page.getByRole('button', { name: label }).click();
  await expect(page.getByRole('button', { name: label })).toHaveCount(0);
}

/** First start: pick the language, then begin with the sample register. */
export async function startWithSample(page: Page, lang: UiLanguage): Promise<void> {
  await page.goto('/');
  await chooseLanguage(page, lang);
  const label = START_SAMPLE[lang];
  await page.getByRole('button', { name: label }).click();
  await expect(page.getByRole('button', { name: label })).toHaveCount(0);
}

/** Replaces the register with a register file, through the Backup screen's restore (preview, then replace). */
export async function restoreRegisterFile(page: Page, fileName: string, text: string): Promise<void> {
  await page.getByRole('link', { name: 'Backup and restore' }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup file…' }).click();
  await (await choosing).setFiles({ name: fileName, mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('region', { name: 'What this file holds' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Replace the current register with this one' }).click();
  await expect(page.getByRole('status')).toContainText(`Backup ${fileName} restored`, { timeout: 60_000 });
}

/** What axe finds serious or critical on the page (WCAG 2.1 A and AA), one line per rule with its first nodes. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}
