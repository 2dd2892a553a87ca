/**
 * The built app in real Electron: the window, the first screen and the activities, the preload API and the
 * hardening as the page sees them. Skipped, with the reason, where the Electron binary is not installed.
 * Each test starts the app with an empty profile of its own (XDG_CONFIG_HOME on Linux; elsewhere userData is the
 * real `RoPA Desk` folder, so run these on Linux or accept that they use it).
 */
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../../scripts/electronBinary.mjs';
import type { DesktopApi } from '../../shared/ipc/desktopApi';
import { chooseLanguage } from '../appModel';

/** What the preload adds to the page's window. */
type DesktopWindow = Window & { ropaDesk?: DesktopApi };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const binary = findElectronBinary();
const built =
  existsSync(path.join(root, 'dist', 'electron', 'main.cjs')) &&
  existsSync(path.join(root, 'dist', 'renderer', 'index.html'));

test.skip(
  'path' in binary === false,
  `Electron end-to-end tests skipped: ${'missing' in binary ? binary.missing : ''}`,
);
test.skip(!built, 'Electron end-to-end tests skipped: the app is not built (run `npm run build`)');

let app: ElectronApplication;
let page: Page;
let profile: string;

test.beforeEach(async () => {
  if (!('path' in binary)) return;
  profile = mkdtempSync(path.join(tmpdir(), 'ropa-electron-e2e-'));
  app = await electron.launch({
    executablePath: binary.path,
    args: [root],
    cwd: root,
    env: { ...process.env, XDG_CONFIG_HOME: profile, ELECTRON_ENABLE_LOGGING: '1' },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterEach(async () => {
  await app?.close().catch(() => undefined);
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('opens one window titled RoPA Desk, served from app://ropa/', async () => {
  await expect(page).toHaveTitle('RoPA Desk');
  expect(page.url()).toMatch(/^app:\/\/ropa\//);
  expect(app.windows()).toHaveLength(1);
  const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
  expect(title).toBe('RoPA Desk');
});

test('shows the activities screen after the first start', async () => {
  await chooseLanguage(page, 'en');
  await page.getByRole('button', { name: 'Start with an empty register' }).click();
  await page.getByLabel('Name').fill('Membership administration');
  await page.getByLabel('Purpose').fill('Affiliation of members');
  await page.getByRole('button', { name: 'Add activity' }).click();
  await expect(
    page.getByRole('table', { name: 'Processing activities' }).getByRole('row', { name: /Membership administration/ }),
  ).toBeVisible();
});

test('gives the page the desktop API and no Node.js', async () => {
  const seen = await page.evaluate(() => ({
    api: typeof (window as DesktopWindow).ropaDesk,
    methods: Object.keys((window as DesktopWindow).ropaDesk ?? {}).sort(),
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    module: typeof (globalThis as { module?: unknown }).module,
  }));
  expect(seen.api).toBe('object');
  expect(seen.methods).toEqual(
    expect.arrayContaining(['appInfo', 'saveFile', 'openFile', 'onMenuCommand', 'setLanguage', 'revealLastSaved']),
  );
  expect(seen.require).toBe('undefined');
  expect(seen.process).toBe('undefined');
  expect(seen.module).toBe('undefined');
  expect(await page.evaluate(() => (window as DesktopWindow).ropaDesk?.appInfo())).toMatchObject({
    version: expect.any(String),
  });
});

test('refuses to navigate away or open windows', async () => {
  const before = page.url();
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  expect(app.windows()).toHaveLength(1);
  // Remote content is cancelled too.
  const fetched = await page.evaluate(() =>
    fetch('https://example.com/').then(
      () => 'loaded',
      () => 'refused',
    ),
  );
  expect(fetched).toBe('refused');
});

test('has the application menu, in the language the page sets', async () => {
  await page.evaluate(() => (window as DesktopWindow).ropaDesk?.setLanguage('nl'));
  const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []);
  expect(labels.map((label) => label.replace(/&/g, ''))).toEqual(
    expect.arrayContaining(['Bestand', 'Bewerken', 'Beeld', 'Help']),
  );
});
