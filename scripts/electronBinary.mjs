// Finds the Electron executable that the electron package's installer placed in node_modules (`npm start` runs it
// the first time; `npm install` does not), or explains why there is none (build machines without network cannot
// download it). Reads path.txt instead of requiring the package, whose require() would try to download.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @returns {{ path: string } | { missing: string }} */
export function findElectronBinary(electronDir = path.join(root, 'node_modules', 'electron')) {
  if (!existsSync(electronDir)) return { missing: 'the electron package is not installed (run npm install)' };
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { missing: 'the Electron binary has not been downloaded' };
  }
  const executable = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executable)) return { missing: `the Electron binary ${executable} is missing` };
  return { path: executable };
}
