import { expect, test } from '@playwright/test';
import { UI_LANGUAGES } from '../shared/i18n/languages';
import { chooseLanguage, seriousViolations, startWithSample } from './appModel';

const SCREENS: { name: string; hash: string; ready: string }[] = [
  { name: 'processing activities', hash: '#/activities', ready: 'table' },
  { name: 'activity editor', hash: '#/activities/00000000-0000-4000-8000-0000000a0001', ready: 'form.record-form' },
  { name: 'recipients', hash: '#/recipients', ready: 'table' },
  { name: 'recipient editor', hash: '#/recipients/00000000-0000-4000-8000-0000000b0001', ready: 'form.record-form' },
  { name: 'processor activities', hash: '#/processorActivities', ready: 'table' },
  { name: 'legal references', hash: '#/legalReferences', ready: 'table' },
  { name: 'dashboard', hash: '#/dashboard', ready: 'h1' },
  { name: 'snapshots', hash: '#/snapshots', ready: 'h1' },
  { name: 'backup and restore', hash: '#/backup', ready: 'h1' },
  { name: 'export', hash: '#/export', ready: 'h1' },
  { name: 'import', hash: '#/import', ready: 'h1' },
  { name: 'history', hash: '#/history', ready: 'table' },
  { name: 'settings', hash: '#/settings', ready: 'h1' },
  { name: 'privacy notice', hash: '#/notice', ready: 'article.notice-preview' },
  { name: 'sharing', hash: '#/sharing', ready: 'form' },
];

test('the welcome screen has no serious accessibility violation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

for (const lang of UI_LANGUAGES) {
  test(`every main screen in ${lang} has no serious or critical accessibility violation`, async ({ page }) => {
    test.setTimeout(120_000);
    await startWithSample(page, lang);
    await chooseLanguage(page, lang);
    const problems: string[] = [];
    for (const screen of SCREENS) {
      await page.goto(`/${screen.hash}`);
      await page.locator(screen.ready).first().waitFor();
      for (const violation of await seriousViolations(page)) problems.push(`${screen.name}: ${violation}`);
    }
    expect(problems).toEqual([]);
  });
}
