// End-to-end tests of the real desktop app: Playwright drives the built app in Electron (`_electron.launch`).
// Run with `npm run test:electron` (not part of `npm test`): they need the Electron binary, which the build machines
// cannot download, and a display (on Linux without one, run under `xvfb-run`). Where the binary is missing, every test
// is skipped with the reason. The Chromium end-to-end tests of the web build are e2e/*.spec.ts (playwright.config.ts).
import { defineConfig } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electronBinary.mjs';

const binary = findElectronBinary();
// Said once, by the runner (workers load this file too): the list reporter does not print skip reasons.
if ('missing' in binary && process.env['TEST_WORKER_INDEX'] === undefined) {
  console.log(
    `\nElectron end-to-end tests SKIPPED: ${binary.missing}. They run once \`npm start\` (or \`npx install-electron\`) has downloaded Electron.\n`,
  );
}

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.electron.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: '../../test-results/electron',
  use: { trace: 'off', screenshot: 'off' },
});
