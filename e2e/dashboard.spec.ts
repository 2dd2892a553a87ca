import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { chooseLanguage, startWithSample } from './appModel';

test('the dashboard counts the sample register, charts its findings, and a finding opens its record at the field', async ({
  page,
}) => {
  await startWithSample(page, 'en');
  // The navigation may not link the dashboard yet: go there by address.
  await page.goto('/#/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  const activities = page.getByRole('link', { name: '29 Processing activities' });
  await expect(activities).toHaveAttribute('href', '#/activities');

  const chart = page.getByRole('img', {
    name: /^Findings by severity \(findings\): Errors \d+; Warnings \d+; For information \d+\.$/,
  });
  await expect(chart).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Findings by severity' })).toBeVisible();

  const list = page.getByRole('list', { name: 'Findings, most severe first' });
  await expect(list.getByRole('listitem')).toHaveCount(10);
  const first = list.getByRole('link').first();
  const href = await first.getAttribute('href');
  expect(href).toMatch(/^#\/activities\/[0-9a-f-]{36}\?field=[\w.]+$/);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href?.replace(/[.?]/g, '\\$&')}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toHaveCount(0);
  await expect(page.getByRole('heading').first()).toBeVisible();
});

test('the dashboard speaks French and Dutch, and has no accessibility violations', async ({ page }) => {
  await startWithSample(page, 'fr');
  await page.goto('/#/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  await expect(page.getByRole('link', { name: '29 Activités de traitement' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Constats par gravité/ })).toBeVisible();
  await expect(
    page.getByRole('img', { name: /^Transferts par pays \(transferts\): Maroc \(MA\) – pays tiers 6;/ }),
  ).toBeVisible();

  // A chart row with an address is a link a keyboard reaches.
  const controller = page.getByRole('link', {
    name: /^Landsbond der Christelijke Mutualiteiten \(LCM\): \d+ activités$/,
  });
  await controller.focus();
  await expect(controller).toBeFocused();

  await chooseLanguage(page, 'nl');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Vertaalde teksten per taal/ })).toBeVisible();

  const scan = await new AxeBuilder({ page }).include('.dashboard').analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
