// Two people share one register through a real Git server on 127.0.0.1 (git http-backend, started here), each in their
// own browser context (own IndexedDB, own clone, own session token): disjoint edits of one activity merge for both;
// the same field edited twice gives the second person the conflict screen, and the value they pick reaches the first.
// The README's screenshots of the Sharing screen are taken on the way: into docs/images/ when README_SCREENSHOTS=1
// (to refresh them), else into the test's own output folder, so a test run never changes tracked files.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sampleRegister } from '../shared/sample/sampleRegister';
import { startGitServer, type GitServer } from '../shared/test/gitServer';
import { startEmpty, startWithSample } from './appModel';

const TOKEN = 'e2e-token';
const ACTIVITY = sampleRegister().activities[0];
if (!ACTIVITY) throw new Error('the sample register has activities');

/** Where a README screenshot goes: docs/images/ only when asked for. */
function screenshotPath(name: string): string {
  return process.env['README_SCREENSHOTS'] === '1' ? `docs/images/${name}` : test.info().outputPath(name);
}

let server: GitServer;
test.beforeAll(async () => {
  server = await startGitServer({ token: TOKEN });
});
test.afterAll(async () => {
  await server.close();
});

async function openSharing(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Sharing' }).click();
  await expect(page.getByRole('heading', { name: 'Sharing', level: 1 })).toBeVisible();
}

async function connect(page: Page, url: string, user: string, screenshot?: string): Promise<void> {
  await openSharing(page);
  await page.getByLabel('Repository address (https://…/register.git)').fill(url);
  await page.getByLabel('User name on the server').fill(user);
  await page.getByLabel('Access token').fill(TOKEN);
  await expect(page.getByText('In the browser the token is kept for this session only')).toBeVisible();
  if (screenshot) await page.screenshot({ path: screenshot });
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByText(`Connected to ${url} as ${user}.`)).toBeVisible();
}

async function sync(page: Page, outcome: string | RegExp, message?: string): Promise<void> {
  await openSharing(page);
  if (message) await page.getByLabel('What did you change? (a message for the team)').fill(message);
  await page.getByRole('button', { name: 'Sync', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: outcome })).toBeVisible({ timeout: 30_000 });
}

async function openActivity(page: Page): Promise<void> {
  await page.goto(`/#/activities/${ACTIVITY?.id ?? ''}`);
  await expect(page.getByLabel('Description', { exact: true })).toBeVisible();
}

async function editActivity(page: Page, field: string, value: string): Promise<void> {
  await openActivity(page);
  await page.getByLabel(field, { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.save-state')).toHaveText('Saved');
}

async function expectActivity(page: Page, field: string, value: string): Promise<void> {
  await openActivity(page);
  await expect(page.getByLabel(field, { exact: true })).toHaveValue(value);
}

test('two people share a register: disjoint edits merge, the same field edited twice is a conflict one of them resolves', async ({
  page: anna,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const url = server.createRepository('team');
  await startWithSample(anna, 'en');
  await connect(anna, url, 'anna', screenshotPath('sharing-connect.png'));
  // Connecting sends nothing: only Sync reaches the server.
  expect(server.requestCount).toBe(0);
  await sync(anna, 'Your changes were sent to the shared register.', 'The register as we start');

  const benContext = await browser.newContext({ baseURL: baseURL ?? '' });
  const ben = await benContext.newPage();
  try {
    await startEmpty(ben, 'en');
    await connect(ben, url, 'ben');
    await sync(ben, /The team's changes were fetched into this register/);
    await expectActivity(ben, 'Description', ACTIVITY.description ?? '');

    // Different fields of one activity: both end with both changes.
    await editActivity(anna, 'Description', 'Membership and insurability, as Anna describes it');
    await editActivity(ben, 'Business process', 'Membership administration');
    const requests = server.requestCount;
    await openActivity(anna);
    await anna.reload();
    await expect(anna.getByLabel('Description', { exact: true })).toBeVisible();
    // Working, reloading, opening the app: no request until someone presses Sync.
    expect(server.requestCount).toBe(requests);
    await sync(anna, 'Your changes were sent to the shared register.', 'Description reworded');
    await sync(ben, "Your changes and the team's were merged and sent.", 'Business process named');
    await ben.screenshot({ path: screenshotPath('sharing-synced.png') });
    await sync(anna, /The team's changes were fetched into this register/);
    for (const person of [anna, ben]) {
      await expectActivity(person, 'Description', 'Membership and insurability, as Anna describes it');
      await expectActivity(person, 'Business process', 'Membership administration');
    }

    // The same field, two ways: Ben, second to sync, gets the conflict screen and keeps his own value.
    await editActivity(anna, 'Description', 'Anna: affiliation with a regional fund');
    await editActivity(ben, 'Description', 'Ben: affiliation and insurability rights');
    await sync(anna, 'Your changes were sent to the shared register.');
    await openSharing(ben);
    await ben.getByRole('button', { name: 'Sync', exact: true }).click();
    const conflicts = ben.getByRole('table', { name: 'Changes that conflict' });
    await expect(conflicts).toBeVisible({ timeout: 30_000 });
    const row = conflicts.getByRole('row').filter({ hasText: ACTIVITY.name });
    await expect(row).toContainText('Description');
    await expect(row).toContainText('Ben: affiliation and insurability rights');
    await expect(row).toContainText('Anna: affiliation with a regional fund');
    await expect(row).toContainText('as Anna describes it');
    const axe = await new AxeBuilder({ page: ben }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );
    await ben.getByRole('radio', { name: 'Yours' }).check();
    await ben.screenshot({ path: screenshotPath('sharing-conflict.png'), fullPage: true });
    await ben.getByRole('button', { name: 'Complete the sync' }).click();
    await expect(
      ben.getByRole('status').filter({ hasText: "Your changes and the team's were merged and sent." }),
    ).toBeVisible({
      timeout: 30_000,
    });
    await expectActivity(ben, 'Description', 'Ben: affiliation and insurability rights');

    await sync(anna, /The team's changes were fetched into this register/);
    await expectActivity(anna, 'Description', 'Ben: affiliation and insurability rights');

    // The History screen shows the shared history: who, when, the message and the fields changed.
    await anna.getByRole('link', { name: 'History' }).click();
    const shared = anna.getByRole('table', { name: 'Shared history (Git)' });
    await expect(shared).toBeVisible();
    await expect(shared.getByRole('row').filter({ hasText: 'Description reworded' })).toContainText('anna');
    await expect(shared.getByRole('row').filter({ hasText: 'Business process named' })).toContainText(
      `${ACTIVITY.name} (processing activity): Business process`,
    );
    await expect(shared.getByRole('row').filter({ hasText: '(merge)' }).first()).toBeVisible();
    await shared.scrollIntoViewIfNeeded();
    await anna.screenshot({ path: screenshotPath('sharing-history.png') });
  } finally {
    await benContext.close();
  }
});
