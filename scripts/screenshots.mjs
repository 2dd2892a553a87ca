// Screenshots of the main screens in one language, for looking at them and for the README:
//   node scripts/screenshots.mjs [BASE_URL] [OUT_DIR] [LANG]
// Starts from an empty browser profile and loads the sample register through the welcome screen.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';

const [base = 'http://127.0.0.1:4173/', outDir = 'docs/screenshots', lang = 'en'] = process.argv.slice(2);
await mkdir(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
const shot = async (name) => {
  await page.waitForTimeout(250);
  const file = path.join(outDir, `${name}-${lang}.png`);
  await page.screenshot({ path: file, fullPage: false });
  console.log(`wrote ${file}`);
};
await page.goto(base);
await page.locator('#ui-language').selectOption(lang);
await shot('welcome');
await page.locator('.welcome button.primary').click();
await page.waitForSelector('table.data-table');
await shot('activities');
await page.locator('table.data-table tbody tr a').first().click();
await page.waitForSelector('form.stacked-form');
await shot('activity-editor');
for (const [hash, name] of [
  ['#/dashboard', 'dashboard'],
  ['#/export', 'export'],
  ['#/import', 'import'],
  ['#/snapshots', 'snapshots'],
  ['#/backup', 'backup'],
  ['#/history', 'history'],
  ['#/settings', 'settings'],
  ['#/recipients', 'recipients'],
]) {
  await page.goto(new URL(hash, base).href);
  await shot(name);
}
await browser.close();
