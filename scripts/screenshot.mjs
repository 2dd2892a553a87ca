// Takes a screenshot of a page of the running app in Debian's Chromium: node scripts/screenshot.mjs URL OUT.png
// Optional: ADD_ACTIVITY="name|purpose" adds one through the form first, LANG_UI=nl|fr|en picks the language.
import { chromium } from '@playwright/test';

const [url = 'http://127.0.0.1:4173/', out = 'screenshot.png'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(url);
if (process.env.LANG_UI) await page.locator('select').first().selectOption(process.env.LANG_UI);
for (const entry of (process.env.ADD_ACTIVITY ?? '').split(';').filter(Boolean)) {
  const [name, purpose = ''] = entry.split('|');
  await page.locator('form input').nth(0).fill(name);
  await page.locator('form input').nth(1).fill(purpose);
  await page.locator('form button[type=submit]').click();
}
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`wrote ${out}`);
