// `npm start`: builds the app and opens it in Electron. Where the Electron binary cannot be had, serves the same
// renderer build on 127.0.0.1 and says why, so the app is still usable in a browser.
//
// Since Electron 42 the electron package has no install step, so `npm install` never needs Electron's download host;
// the binary is fetched the first time something asks for it. `require('electron')` would do that itself and throw
// when it cannot, so this script never requires it: it looks for the binary, and runs the package's own installer
// (install.js, also `npx install-electron`) when it is missing, turning a failed download into the browser fallback.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electronBinary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npmRun = (script) => {
  const result = spawnSync('npm', ['run', '--silent', script], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

function electronBinary() {
  const found = findElectronBinary();
  if ('path' in found) return found;
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    return { missing: `${found.missing}, and ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not fetched` };
  }
  console.log('Fetching the Electron binary (first start only)...');
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  const result = spawnSync(process.execPath, [installer], { cwd: root, stdio: 'pipe', timeout: 10 * 60_000 });
  if (result.status !== 0) {
    // The installer prints only a stack trace; its first line names the failure (e.g. "TypeError: fetch failed"
    // when the download host cannot be reached).
    const reason = result.error
      ? result.error.message
      : (`${result.stderr ?? ''}`
          .split('\n')
          .find((line) => /Error|error/.test(line))
          ?.trim() ?? 'download failed');
    return {
      missing: `the Electron binary is not installed and could not be downloaded (${reason}). \`npm start\` tries again next time`,
    };
  }
  return findElectronBinary();
}

npmRun('build');
const electron = electronBinary();
if ('path' in electron) {
  const child = spawn(electron.path, [root], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const port = process.env.PORT ?? '4173';
  console.log(`\nRoPA Desk could not start as a desktop app: ${electron.missing}.`);
  console.log('Serving the same app for a browser instead, reachable from this computer only.');
  console.log(`Open http://127.0.0.1:${port}/ in Chromium, Chrome, Edge or Firefox. Stop with Ctrl+C.\n`);
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', port, '--strictPort'], {
    cwd: root,
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}
