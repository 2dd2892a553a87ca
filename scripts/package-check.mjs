// Packaging check (part of `npm test`, after `npm run build`): runs electron-builder offline on the real
// electron-builder.yml with a stand-in Electron, then checks what the unpacked app holds:
//   - resources/app.asar has package.json and the built main, preload and renderer, and nothing else: no sources
//     (.ts/.tsx), tests, e2e, scripts, docs, source maps or node_modules;
//   - the packaged package.json points at the built main process and carries no scripts or devDependencies;
//   - the renderer's index.html carries the CSP, without unsafe-eval;
//   - the Electron fuses in the executable are flipped as electron-builder.yml says;
//   - the icons in build/ are what build/icon.svg gives.
// The stand-in (TOOLCHAIN.md) is a folder with an executable named `electron`, `version`, `icudtl.dat`,
// `chrome_100_percent.pak` and the licence files. Its executable is a shell stub that carries Electron's fuse wire
// (the sentinel @electron/fuses looks for, followed by Electron's default fuse states), so electron-builder really
// flips the fuses and this check reads them back. Nothing here needs the network; should electron-builder ever try
// to download something, the check stops with a message naming what it tried to fetch, and only then skips.
import asar from '@electron/asar';
import fuses from '@electron/fuses';
import yaml from 'js-yaml';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
const failures = [];
const fail = (message) => failures.push(message);

/** Electron's fuse wire as @electron/fuses finds it: sentinel, wire version 1, length, then one byte per fuse. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's fuses in wire order, named as electron-builder.yml names them, with Electron's defaults. The ninth
 * (WasmTrapHandlers) is in every supported Electron line, so the stand-in carries it too: electron-builder has no
 * option for it and must leave it as it is while it flips the others. */
const FUSE_NAMES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
  'wasmTrapHandlers',
];
const DEFAULT_FUSES = '101100011';

async function makeStandInElectron(folder, version) {
  await mkdir(folder, { recursive: true });
  const stub = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron for the packaging check: it does not run the app" >&2\nexit 1\n'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, DEFAULT_FUSES.length]),
    Buffer.from(DEFAULT_FUSES),
    Buffer.from('\n'),
  ]);
  await writeFile(path.join(folder, 'electron'), stub);
  await chmod(path.join(folder, 'electron'), 0o755);
  await writeFile(path.join(folder, 'version'), version);
  await writeFile(path.join(folder, 'icudtl.dat'), '');
  await writeFile(path.join(folder, 'chrome_100_percent.pak'), '');
  await writeFile(path.join(folder, 'LICENSE'), 'stand-in\n');
  await writeFile(path.join(folder, 'LICENSES.chromium.html'), '<!doctype html><title>stand-in</title>\n');
}

/** A failed run that was only about fetching something from the network: what it tried to fetch, else null. */
function networkNeed(output) {
  if (
    !/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|fetch failed|getaddrinfo|socket hang up/i.test(
      output,
    )
  )
    return null;
  const url = output.match(/https?:\/\/[^\s"')]+/)?.[0];
  return url ? `it tried to download ${url}` : 'it tried to reach the network';
}

// 1. The build this packages.
const built = ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html'];
const missing = built.filter((file) => !existsSync(path.join(root, file)));
if (missing.length > 0) {
  console.error(`package-check: ${missing.join(', ')} missing; run \`npm run build\` first.`);
  process.exit(1);
}

// 2. The icons come from build/icon.svg.
const icons = spawnSync(process.execPath, [path.join(root, 'scripts', 'make-icons.mjs'), '--check'], {
  cwd: root,
  encoding: 'utf8',
});
if (icons.status !== 0) fail(`${icons.stderr || icons.stdout}`.trim());

// 3. electron-builder, offline, on the real config (`--config FILE` checks another one, to try the check itself).
const configArg = process.argv.indexOf('--config');
const configFile =
  configArg > 0 ? path.resolve(process.argv[configArg + 1] ?? '') : path.join(root, 'electron-builder.yml');
const config = yaml.load(await readFile(configFile, 'utf8'));
const rootPackage = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const electronVersion = JSON.parse(
  await readFile(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
const work = await mkdtemp(path.join(tmpdir(), 'ropa-package-check-'));
try {
  const standIn = path.join(work, 'electron-dist');
  const out = path.join(work, 'out');
  await makeStandInElectron(standIn, electronVersion);
  const builder = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'electron-builder', 'cli.js'),
      '--dir',
      '--linux',
      '--publish',
      'never',
      '--config',
      configFile,
      `-c.electronDist=${standIn}`,
      `-c.directories.output=${out}`,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, timeout: 5 * 60_000 },
  );
  const output = `${builder.stdout ?? ''}${builder.stderr ?? ''}`;
  if (builder.status !== 0) {
    const need = networkNeed(output);
    if (need) {
      console.log(`package-check: SKIPPED — electron-builder needs the network here (${need}); nothing was checked.`);
      process.exit(0);
    }
    console.error(output);
    console.error(`package-check: electron-builder failed (exit ${builder.status ?? builder.signal}).`);
    process.exit(1);
  }

  const appDir = path.join(out, 'linux-unpacked');
  const resources = path.join(appDir, 'resources');
  const archive = path.join(resources, 'app.asar');

  // 4. Only app.asar in resources: no loose app folder, nothing unpacked beside it.
  const resourceEntries = (await readdir(resources)).sort();
  if (resourceEntries.join(',') !== 'app.asar')
    fail(`resources/ holds ${resourceEntries.join(', ')}; expected only app.asar`);

  // 5. What app.asar holds.
  const entries = asar.listPackage(archive, { isPack: false }).map((entry) => entry.split(path.sep).join('/'));
  const files = entries.filter((entry) => !asar.statFile(archive, entry.slice(1)).files);
  for (const required of [
    '/package.json',
    '/dist/electron/main.cjs',
    '/dist/electron/preload.cjs',
    '/dist/renderer/index.html',
  ]) {
    if (!entries.includes(required)) fail(`app.asar lacks ${required}`);
  }
  if (!files.some((f) => /^\/dist\/renderer\/assets\/[^/]+\.js$/.test(f)))
    fail('app.asar lacks the renderer script (dist/renderer/assets/*.js)');
  const forbidden = [
    [/\/node_modules(\/|$)/, 'node_modules'],
    [/\.(ts|tsx|mts|cts)$/, 'TypeScript sources'],
    [/\.map$/, 'source maps'],
    [/(\.|\/)(test|spec)\.[cm]?[jt]sx?$/, 'tests'],
    [/^\/(e2e|scripts|docs|shared|renderer|electron|build|test-results|release)(\/|$)/, 'development folders'],
    [
      /\/(tsconfig[^/]*\.json|vite\.config\.[^/]+|vitest\.config\.[^/]+|playwright\.config\.[^/]+|eslint\.config\.[^/]+|electron-builder\.yml|README\.md|package-lock\.json)$/,
      'development files',
    ],
  ];
  for (const [pattern, what] of forbidden) {
    const found = entries.filter((entry) => pattern.test(entry));
    if (found.length > 0)
      fail(`app.asar holds ${what}: ${found.slice(0, 5).join(', ')}${found.length > 5 ? ' …' : ''}`);
  }
  const allowed = (entry) =>
    ['/package.json', '/dist', '/dist/electron', '/dist/renderer'].includes(entry) ||
    /^\/dist\/(electron|renderer)\//.test(entry);
  const unexpected = entries.filter((entry) => !allowed(entry));
  if (unexpected.length > 0) fail(`app.asar holds files outside the built app: ${unexpected.slice(0, 5).join(', ')}`);

  // 6. The packaged package.json.
  const packaged = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'));
  if (packaged.main !== 'dist/electron/main.cjs') fail(`packaged package.json main is ${packaged.main}`);
  for (const key of ['name', 'productName', 'version'])
    if (packaged[key] !== rootPackage[key]) fail(`packaged package.json ${key} is ${packaged[key]}`);
  for (const key of ['scripts', 'devDependencies']) if (packaged[key]) fail(`packaged package.json carries ${key}`);

  // 7. The renderer's CSP, and no development server in the main process.
  const html = asar.extractFile(archive, 'dist/renderer/index.html').toString('utf8');
  const csp = html
    .match(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/)?.[1]
    ?.replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  if (!csp) fail('dist/renderer/index.html has no Content-Security-Policy meta tag');
  else if (
    /unsafe-eval|unsafe-inline/.test(csp) ||
    !csp.includes("default-src 'none'") ||
    !csp.includes("script-src 'self'")
  ) {
    fail(`dist/renderer/index.html has a weak CSP: ${csp}`);
  }
  const main = asar.extractFile(archive, 'dist/electron/main.cjs').toString('utf8');
  if (/localhost:5173|127\.0\.0\.1:5173|VITE_DEV_SERVER_URL/.test(main))
    fail('the main process refers to the Vite development server');

  // 8. The fuses in the executable, as the config says.
  const wire = await fuses.getCurrentFuseWire(path.join(appDir, config.linux?.executableName ?? rootPackage.name));
  const expected = Object.entries(config.electronFuses ?? {}).filter(([key]) => key !== 'resetAdHocDarwinSignature');
  if (expected.length === 0) fail('electron-builder.yml sets no electronFuses');
  const fuseStates = [];
  const state = (index) => (wire[index] === 49 ? true : wire[index] === 48 ? false : `state ${wire[index]}`);
  const configured = new Set();
  for (const [key, value] of expected) {
    const option = fuses.FuseV1Options[key.charAt(0).toUpperCase() + key.slice(1)];
    if (option === undefined) {
      fail(`unknown fuse ${key} in electron-builder.yml`);
      continue;
    }
    configured.add(option);
    const actual = state(option);
    fuseStates.push(`${key}=${actual}`);
    if (actual !== value)
      fail(`fuse ${key} is ${actual} in the packaged executable; electron-builder.yml says ${value}`);
  }
  // A fuse the config does not name keeps Electron's default.
  for (let index = 0; index < DEFAULT_FUSES.length; index++) {
    if (configured.has(index)) continue;
    const byDefault = DEFAULT_FUSES[index] === '1';
    const actual = state(index);
    fuseStates.push(`${FUSE_NAMES[index]}=${actual} (default)`);
    if (actual !== byDefault)
      fail(`fuse ${FUSE_NAMES[index]} is ${actual} in the packaged executable; Electron's default is ${byDefault}`);
  }

  if (failures.length > 0) {
    for (const failure of failures) console.error(`package-check: ${failure}`);
    console.error(
      `package-check: FAILED (${failures.length} problem${failures.length === 1 ? '' : 's'}, ${seconds()} s)`,
    );
    process.exit(1);
  }
  console.log(`package-check: app.asar holds ${files.length} files: ${files.join(', ')}`);
  console.log(`package-check: fuses ${fuseStates.join(', ')}`);
  console.log(
    `package-check: OK in ${seconds()} s (electron-builder ${config.asar ? 'asar' : 'no asar'}, stand-in Electron ${electronVersion}, offline)`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
