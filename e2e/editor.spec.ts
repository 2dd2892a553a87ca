import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage, startEmpty, startWithSample } from './appModel';

/** Adds a link in a picker by typing a name: an existing record is chosen, a new name creates one. */
async function pick(page: Page, pickerLabel: string, name: string) {
  const input = page.getByRole('combobox', { name: pickerLabel, exact: true });
  await input.fill(name);
  await input.press('Enter');
  const picker = page.locator('.links-picker').filter({ has: input });
  await expect(picker.getByRole('link', { name, exact: true })).toBeVisible();
}

test('a DPO creates a complete processing activity from nothing, finds it after a reload, and it has no findings', async ({ page }) => {
  await startEmpty(page, 'en');
  await page.getByLabel('Name').fill('Repatriation assistance');
  await page.getByLabel('Purpose').fill('Organising medical repatriation of members who fall ill abroad');
  await page.getByRole('button', { name: 'Add activity' }).click();
  await page.getByRole('link', { name: 'Repatriation assistance' }).click();
  await expect(page.getByRole('heading', { name: 'Processing activity: Repatriation assistance' })).toBeVisible();

  // General: a controller (created in place), status stays draft.
  await pick(page, 'Add organisation', 'Landsbond der Christelijke Mutualiteiten');

  // Two legal bases, one of them Art. 9, each with the national law behind it.
  await page.getByRole('button', { name: 'Add: Legal ground' }).click();
  await page.getByLabel('Legal ground').first().selectOption({ label: 'Art. 6(1)(c) GDPR – Legal obligation' });
  const basis1 = page.locator('.nested-item').filter({ hasText: 'Legal basis 1' });
  await basis1.getByRole('combobox', { name: 'Add legal reference' }).fill('Act of 14 July 1994 on compulsory health insurance');
  await basis1.getByRole('combobox', { name: 'Add legal reference' }).press('Enter');
  await page.getByRole('button', { name: 'Add: Legal ground' }).click();
  const basis2 = page.locator('.nested-item').filter({ hasText: 'Legal basis 2' });
  await basis2.getByLabel('Legal ground').selectOption({ value: 'art9-2-h' });
  await basis2.getByRole('combobox', { name: 'Add legal reference' }).fill('Act of 6 August 1990 on health insurance funds');
  await basis2.getByRole('combobox', { name: 'Add legal reference' }).press('Enter');
  await expect(basis2.getByRole('link', { name: 'Act of 6 August 1990 on health insurance funds' })).toBeVisible();

  // Data subjects, data categories, a recipient, a processor, a transfer.
  await pick(page, 'Add data-subject category', 'Members travelling abroad');
  await pick(page, 'Add data category', 'Identification data');
  await pick(page, 'Add data category', 'Health data');
  await pick(page, 'Add recipient', 'Foreign hospitals');
  await pick(page, 'Add processor', 'Mutas');
  await pick(page, 'Add transfer', 'Repatriation from Morocco');

  // Two retention rules: 3 months and 18 months, each for a purpose.
  for (const [n, months] of [
    [1, '3'],
    [2, '18'],
  ] as const) {
    await page.getByRole('button', { name: `Add: Retention rule ${n}` }).click();
    const rule = page.getByRole('group', { name: `Retention rule ${n}`, exact: true });
    await rule.getByLabel('Number').fill(months);
    await rule.getByLabel('Unit').selectOption({ label: 'months' });
    await rule.getByRole('checkbox', { name: 'Organising medical repatriation of members who fall ill abroad' }).check();
  }

  // Security measures, and the next review.
  await pick(page, 'Add security measure', 'Access control on a need-to-know basis');
  await page.getByLabel('Next review', { exact: true }).fill('2027-06-30');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.save-state')).toHaveText('Saved');

  // The transfer goes to a third country with its mechanism and documentation.
  await page.getByRole('link', { name: 'Repatriation from Morocco', exact: true }).click();
  await page.getByLabel('Country', { exact: true }).selectOption('MA');
  await page.getByLabel('Transfer ground').selectOption('art49-1-c');
  await page.getByLabel('Documentation of safeguards').fill('Medical repatriation requested by the member; contract with the assistance provider.');
  await page.getByLabel('Recipient', { exact: true }).selectOption({ label: 'Foreign hospitals' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.save-state')).toHaveText('Saved');

  // Reload, find it by search, open it: no findings on it.
  await page.reload();
  await page.getByRole('link', { name: 'Processing activities' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('medical repatriation');
  const table = page.getByRole('table', { name: 'Processing activities' });
  await expect(table.getByRole('link', { name: 'Repatriation assistance' })).toBeVisible();
  await table.getByRole('link', { name: 'Repatriation assistance' }).click();
  await expect(page.getByRole('heading', { name: 'Findings (0)' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Retention rule 2', exact: true }).getByLabel('Number')).toHaveValue('18');
  await expect(page.locator('#field-legalBases')).toContainText('Act of 14 July 1994 on compulsory health insurance');
});

test('a finding opened from the dashboard points at its field, and fixing the field makes it disappear', async ({ page }) => {
  await startWithSample(page, 'en');
  await page.getByRole('link', { name: 'Dashboard' }).click();
  // CM-020 (recruitment) has no legal basis in the sample register: an error, so it is near the top.
  await page.getByRole('button', { name: /^Errors \(/ }).click();
  const finding = page.getByRole('link', { name: /Aanwerving van nieuwe medewerkers.*has no legal basis/ });
  await finding.click();
  await expect(page).toHaveURL(/#\/activities\/00000000-0000-4000-8000-0000000a0020\?field=legalBases$/);
  const legalBases = page.locator('#field-legalBases');
  await expect(legalBases).toBeInViewport();
  const row = page.locator('.form-row').filter({ has: legalBases });
  await expect(row.locator('.field-findings')).toContainText('has no legal basis');
  await page.getByRole('button', { name: 'Add: Legal ground' }).click();
  await page.getByLabel('Legal ground').first().selectOption('art6-1-b');
  await expect(row.locator('.field-findings')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.save-state')).toHaveText('Saved');
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('button', { name: /^Errors \(/ }).click();
  await expect(page.getByRole('link', { name: /Aanwerving van nieuwe medewerkers.*has no legal basis/ })).toHaveCount(0);
});

test('the interface speaks French and Dutch when asked', async ({ page }) => {
  await startWithSample(page, 'en');
  await expect(page.getByRole('heading', { name: 'Processing activities' })).toBeVisible();
  await chooseLanguage(page, 'fr');
  await expect(page.getByRole('heading', { name: 'Activités de traitement' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Sous-traitants', exact: true })).toBeVisible();
  await chooseLanguage(page, 'nl');
  await expect(page.getByRole('heading', { name: 'Verwerkingsactiviteiten' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Verwerkers', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Verwerkingsactiviteiten' })).toBeVisible();
});
