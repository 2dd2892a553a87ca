// Static security scan of the Electron app with Electronegativity (part of `npm test`, after `npm run build`).
// Scans what the app is made of: the main-process and preload sources (electron/, tests and test helpers left out),
// the built renderer (dist/renderer: the page and its bundled script, as shipped) and package.json. Every finding
// must be justified in electron/security/electronegativity-allowlist.json (check id + file + reason); any other
// finding fails the run, and so does an allow-list entry that no longer matches anything (a stale justification).
//
//   node scripts/electron-scan.mjs            scan the app
//   node scripts/electron-scan.mjs DIR        scan DIR instead (laid out like the repository), to try the scan itself
//
// Two rules of our own run beside Electronegativity's, over electron/ (where windows and web preferences are made):
// Electronegativity does not report `nodeIntegration: true` in a window that also names `sandbox` (whatever its
// value), so any web preference set to its insecure value is reported here (ROPA_INSECURE_WEB_PREFERENCE), and so is
// 'unsafe-eval' in electron/ or the built page (ROPA_UNSAFE_EVAL).
//
// Offline by design: Electronegativity fetches translations and Electron's release list over the network. Its HTTP
// client is replaced by one that always fails (so no request leaves this machine), and the check that needs the
// release list (AvailableSecurityFixesGlobalCheck) is not run: Electron's version is pinned exactly in package.json
// and reviewed when it is raised.
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ALLOW_LIST = path.join(root, 'electron', 'security', 'electronegativity-allowlist.json');
/** Checks that are not run, and why (printed with every scan). */
const EXCLUDED_CHECKS = {
  AvailableSecurityFixesGlobalCheck: 'needs the network (downloads Electron’s release list)',
};

/** Loads Electronegativity with an HTTP client that never reaches the network. */
function loadElectronegativity() {
  const require = createRequire(path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'runner.js'));
  const offline = () => Promise.reject(new Error('offline: the scan makes no network requests'));
  offline.head = offline;
  offline.default = offline;
  for (const from of ['./locales/i18n.js', './finder/checks/GlobalChecks/AvailableSecurityFixesGlobalCheck.js']) {
    const gotPath = createRequire(require.resolve(from)).resolve('got');
    require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };
  }
  return require('./runner.js');
}

/** The folder the scan reads: package.json, electron/ without tests, dist/renderer. */
async function stage() {
  const dir = await mkdtemp(path.join(tmpdir(), 'ropa-electron-scan-'));
  await cp(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  await cp(path.join(root, 'electron'), path.join(dir, 'electron'), {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(path.join(root, 'electron'), source).split(path.sep).join('/');
      return !/\.test\.tsx?$/.test(relative) && relative !== 'test' && !relative.startsWith('test/');
    },
  });
  await mkdir(path.join(dir, 'dist'), { recursive: true });
  await cp(path.join(root, 'dist', 'renderer'), path.join(dir, 'dist', 'renderer'), { recursive: true });
  return dir;
}

/** Web preferences whose value here is the insecure one. */
const INSECURE_WEB_PREFERENCE =
  /\b(nodeIntegration|nodeIntegrationInWorker|nodeIntegrationInSubFrames|allowRunningInsecureContent|experimentalFeatures|webviewTag|enableRemoteModule)\s*:\s*(true|!0)\b|\b(contextIsolation|sandbox|webSecurity)\s*:\s*(false|!1)\b|\benableBlinkFeatures\s*:/;

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

/** Our own rules (see the top of this file), as findings shaped like Electronegativity's. */
async function ownFindings(input) {
  const findings = [];
  const files = (await listFiles(input)).filter((file) => /\.(ts|tsx|js|cjs|mjs|html)$/.test(file));
  for (const file of files) {
    const relative = path.relative(input, file).split(path.sep).join('/');
    const inElectron = relative.startsWith('electron/');
    if (!inElectron && relative !== 'dist/renderer/index.html') continue;
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines.forEach((text, index) => {
      const at = (check, description, column) =>
        findings.push({
          id: check,
          file: relative,
          location: { line: index + 1, column },
          severity: { name: 'HIGH' },
          confidence: { name: 'FIRM' },
          description,
          sample: text.trim(),
        });
      const preference = inElectron ? INSECURE_WEB_PREFERENCE.exec(text) : null;
      if (preference) at('ROPA_INSECURE_WEB_PREFERENCE', `Insecure web preference: ${preference[0]}`, preference.index);
      const evalAt = text.indexOf('unsafe-eval');
      if (evalAt >= 0) at('ROPA_UNSAFE_EVAL', "'unsafe-eval' allows eval() in the page", evalAt);
    });
  }
  return findings;
}

/** `*` in an allow-list file matches any characters but `/` (hashed asset names). */
function fileMatches(pattern, file) {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*')}$`,
  );
  return regex.test(file);
}

async function readAllowList() {
  const list = JSON.parse(await readFile(ALLOW_LIST, 'utf8'));
  const entries = list.entries ?? [];
  const invalid = entries.filter(
    (e) =>
      typeof e.check !== 'string' ||
      typeof e.file !== 'string' ||
      typeof e.reason !== 'string' ||
      e.reason.trim().length < 20,
  );
  if (invalid.length > 0) {
    throw new Error(
      `allow-list entries need a check, a file and a real reason (20+ characters): ${JSON.stringify(invalid)}`,
    );
  }
  return entries;
}

const argDir = process.argv[2];
if (!argDir && !existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
  console.error('electron-scan: dist/renderer is missing; run `npm run build` first.');
  process.exit(1);
}

const started = Date.now();
const allowList = await readAllowList();
const input = argDir ? path.resolve(argDir) : await stage();
process.env.LANG = 'en-US';
const run = loadElectronegativity();
const log = console.log;
let result;
try {
  // Electronegativity says on stdout that it could not fetch translations; that is expected here.
  console.log = (...args) => {
    if (!/Could not retrieve updated translations/.test(String(args[0]))) log(...args);
  };
  result = await run({
    input,
    isRelative: true,
    customScan: [],
    excludeFromScan: Object.keys(EXCLUDED_CHECKS).map((check) => check.toLowerCase()),
    parserPlugins: [],
  });
  result.issues.push(...(await ownFindings(input)));
} finally {
  console.log = log;
  if (!argDir) await rm(input, { recursive: true, force: true });
}

const findings = result.issues.map((issue) => ({
  check: issue.id,
  file: issue.file.split(path.sep).join('/'),
  line: issue.location?.line ?? 0,
  column: issue.location?.column ?? 0,
  severity: issue.severity?.name ?? '?',
  confidence: issue.confidence?.name ?? '?',
  manualReview: Boolean(issue.manualReview),
  description: issue.description,
  url: issue.shortenedURL,
}));
const used = new Set();
const unjustified = [];
console.log(
  `electron-scan: Electronegativity ran ${result.atomicChecks} atomic and ${result.globalChecks} global checks, plus 2 rules of our own`,
);
for (const [check, why] of Object.entries(EXCLUDED_CHECKS)) console.log(`electron-scan: not run: ${check} (${why})`);
for (const finding of findings) {
  const entry = allowList.find((e) => e.check === finding.check && fileMatches(e.file, finding.file));
  const where = `${finding.file}:${finding.line}:${finding.column}`;
  const what = `${finding.check} (${finding.severity}, ${finding.confidence}${finding.manualReview ? ', review' : ''}) ${where}`;
  if (entry) {
    used.add(entry);
    console.log(`  allowed  ${what}\n           ${entry.reason}`);
  } else {
    unjustified.push(finding);
    console.log(`  FINDING  ${what}\n           ${finding.description} ${finding.url ?? ''}`);
  }
}
const stale = allowList.filter((entry) => !used.has(entry));
for (const entry of stale)
  console.log(`  STALE    allow-list entry ${entry.check} ${entry.file} matches no finding: remove it`);
const parseErrors = result.errors.filter((error) => !error.tolerable);
for (const error of parseErrors) console.log(`  ERROR    ${error.file} could not be scanned: ${error.message}`);

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (unjustified.length > 0 || stale.length > 0 || parseErrors.length > 0) {
  console.error(
    `electron-scan: FAILED — ${unjustified.length} unjustified finding(s), ${stale.length} stale allow-list entr${stale.length === 1 ? 'y' : 'ies'}, ` +
      `${parseErrors.length} unscanned file(s) (${seconds} s). Fix the code, or justify the finding in ${path.relative(root, ALLOW_LIST)}.`,
  );
  process.exit(1);
}
console.log(
  `electron-scan: OK — ${findings.length} finding(s), all justified in ${path.relative(root, ALLOW_LIST)} (${seconds} s)`,
);
