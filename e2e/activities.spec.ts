import { expect, test } from '@playwright/test';
import { startEmpty } from './appModel';

test('a processing activity added through the interface is still there after a reload', async ({ page }) => {
  await startEmpty(page, 'en');
  await page.getByLabel('Name').fill('Membership administration');
  await page.getByLabel('Purpose').fill('Affiliation of members to the health fund');
  await page.getByRole('button', { name: 'Add activity' }).click();

  const table = page.getByRole('table', { name: 'Processing activities' });
  await expect(table.getByRole('row', { name: /Membership administration/ })).toContainText(
    'Affiliation of members to the health fund',
  );

  await page.reload();
  await expect(
    page.getByRole('table', { name: 'Processing activities' }).getByRole('row', { name: /Membership administration/ }),
  ).toBeVisible();
  await expect(page.getByText('1 activity', { exact: true })).toBeVisible();
});

test('an activity without a name is refused with a message, and nothing is added', async ({ page }) => {
  await startEmpty(page, 'fr');
  await page.getByLabel('Nom').fill('   ');
  await page.getByRole('button', { name: "Ajouter l'activité" }).click();
  await expect(page.getByRole('alert')).toHaveText("Donnez un nom à l'activité.");
  await expect(page.getByRole('table')).toHaveCount(0);
});
