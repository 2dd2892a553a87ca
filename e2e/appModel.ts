/** Steps a person takes in the app, shared by the end-to-end tests (a page model, not a mock). */
import { expect, type Page } from '@playwright/test';

export async function chooseLanguage(page: Page, lang: 'nl' | 'fr' | 'en'): Promise<void> {
  await page.getByLabel(/^(Taal|Langue|Language)$/).selectOption(lang);
}

/** First start: pick the language, then begin with an empty register. */
export async function startEmpty(page: Page, lang: 'nl' | 'fr' | 'en'): Promise<void> {
  await page.goto('/');
  await chooseLanguage(page, lang);
  const label = { en: 'Start with an empty register', nl: 'Beginnen met een leeg register', fr: 'Commencer avec un registre vide' }[lang];
  await page.getByRole('button', { name: label }).click();
  await expect(page.getByRole('button', { name: label })).toHaveCount(0);
}

/** First start: pick the language, then begin with the sample register. */
export async function startWithSample(page: Page, lang: 'nl' | 'fr' | 'en'): Promise<void> {
  await page.goto('/');
  await chooseLanguage(page, lang);
  const label = { en: 'Start with the sample register', nl: 'Beginnen met het voorbeeldregister', fr: "Commencer avec le registre d'exemple" }[lang];
  await page.getByRole('button', { name: label }).click();
  await expect(page.getByRole('button', { name: label })).toHaveCount(0);
}
