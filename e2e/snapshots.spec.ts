import { expect, test } from '@playwright/test';
import { startWithSample } from './appModel';

test('a snapshot keeps the register as it was, compares field by field, and restores after a reload', async ({ page }) => {
  await startWithSample(page, 'en');
  const activities = page.getByRole('table', { name: 'Processing activities' });
  await expect(activities.getByRole('row')).toHaveCount(30); // header + the sample's 29 activities

  // First change: the owner of one activity.
  await activities.getByRole('link', { name: /^Camerabewaking/ }).first().click();
  const owner = page.getByLabel('Owner', { exact: true });
  await owner.fill('Facility management');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' }).first()).toBeVisible();

  // Snapshot of that state.
  await page.getByRole('link', { name: 'Snapshots' }).click();
  await page.getByLabel('Name of the snapshot').fill('As sent to the GBA on 2026-11-20');
  await page.getByRole('button', { name: 'Take snapshot' }).click();
  await expect(page.getByRole('status')).toHaveText('Snapshot «As sent to the GBA on 2026-11-20» taken.');

  // Second change after the snapshot.
  await page.getByRole('link', { name: 'Processing activities' }).click();
  await page.getByRole('table', { name: 'Processing activities' }).getByRole('link', { name: /^Camerabewaking/ }).first().click();
  await page.getByLabel('Owner', { exact: true }).fill('Security department');
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Retired' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved', { exact: true }).first()).toBeVisible();

  // Compare the snapshot with the current register: exactly the two fields.
  await page.getByRole('link', { name: 'Snapshots' }).click();
  const row = page.getByRole('row', { name: /As sent to the GBA on 2026-11-20/ });
  await row.getByRole('button', { name: 'Compare with current' }).click();
  const comparison = page.getByRole('region', { name: /Changes from «As sent to the GBA on 2026-11-20» to «the current register»/ });
  const changedRows = comparison.locator('.diff-fields tbody tr');
  await expect(changedRows).toHaveCount(2);
  await expect(changedRows.nth(0)).toContainText('Owner');
  await expect(changedRows.nth(0)).toContainText('Facility management');
  await expect(changedRows.nth(0)).toContainText('Security department');
  await expect(changedRows.nth(1)).toContainText('Status');
  await expect(changedRows.nth(1)).toContainText('retired');

  // Restore the snapshot (confirming), reload, and find the snapshot's state.
  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status')).toContainText('Snapshot «As sent to the GBA on 2026-11-20» restored');
  await page.reload();
  await page.getByRole('link', { name: 'Processing activities' }).click();
  await page.getByRole('table', { name: 'Processing activities' }).getByRole('link', { name: /^Camerabewaking/ }).first().click();
  await expect(page.getByLabel('Owner', { exact: true })).toHaveValue('Facility management');
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('active');

  // The state that was replaced is kept as a snapshot of its own.
  await page.getByRole('link', { name: 'Snapshots' }).click();
  await expect(page.getByRole('row', { name: /Before restoring «As sent to the GBA on 2026-11-20»/ })).toBeVisible();
});
