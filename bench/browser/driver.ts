/**
 * The browser half of the benchmark, run from bench/run.ts in Node: builds the real app (the same Vite config as
 * `npm run build:renderer`, into bench/tmp/site/ so a concurrent `npm run build` or end-to-end run is not disturbed)
 * and the benchmark page (bench/tmp/site/bench/), serves both from one origin with `vite preview`, and drives
 * Debian's Chromium through Playwright:
 *
 * - idb-load: `replaceRegister` into a fresh database vs. a plain Dexie bulkPut (bench/browser/main.ts);
 * - table-first-rows: the register written into the app's own database by the benchmark page, then the app opened
 *   on `#/activities`; the time from navigation start to the frame after the first row is in the document;
 * - table-filter: one input event in the table's search box until the count (and the rows) show the result, measured
 *   inside the page as e2e/tables.spec.ts does;
 * - save-ui-block and export-ui-block: the longest main-thread task (PerformanceObserver 'longtask') while an
 *   activity is saved, and while an Excel and a PDF export run to their download.
 *
 * Heap: Chromium runs with --enable-precise-memory-info and the page samples `performance.memory.usedJSHeapSize`
 * every 10 ms; a page can only look between tasks, so a peak inside one long task is seen at its end.
 */
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { generateRegister, NAME_MARKERS } from '../../shared/bench/generateRegister';
import { BENCH_DIR, ROOT_DIR, SEED, TMP_DIR, type Measurement } from '../common';
import type { Timed } from './main';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Unrounded, live values of performance.memory (otherwise bucketed and cached).
  '--enable-precise-memory-info',
];

const SITE_DIR = path.join(TMP_DIR, 'site');

export interface BrowserOptions {
  sizes: readonly number[];
  tasks: ReadonlySet<string>;
  /** Measured runs per size (idb-load, table-first-rows); the filter gets five keystrokes. */
  runs: number;
  port: number;
  log: (line: string) => void;
}

// ---------------------------------------------------------------------------------------------------------------
// Build and serve

async function buildSite(log: (line: string) => void): Promise<void> {
  const started = performance.now();
  // The app exactly as `npm run build:renderer` builds it (same config file), only written elsewhere. Both builds take
  // a few seconds, so they are made on every run and never go stale.
  await build({
    configFile: path.join(ROOT_DIR, 'vite.config.ts'),
    root: path.join(ROOT_DIR, 'renderer'),
    logLevel: 'warn',
    build: { outDir: SITE_DIR, emptyOutDir: true },
  });
  await build({ configFile: path.join(BENCH_DIR, 'vite.config.ts'), logLevel: 'warn' });
  log(`browser: built the app and the benchmark page in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------------------------------------------------------
// In the app page

interface FirstRows {
  dom: number | null;
  painted: number | null;
}
interface PageProbe {
  firstRows: FirstRows;
  heapMax: number;
  /** Long tasks (> 50 ms) of the page's main thread, as the PerformanceObserver reported them. */
  longTasks: { start: number; duration: number }[];
}

/** Installed before any script of every app page: when the first row appears, and the largest heap seen. */
function installProbe(): void {
  if (location.pathname.includes('/bench/')) return;
  const probe: PageProbe = { firstRows: { dom: null, painted: null }, heapMax: 0, longTasks: [] };
  // Every task longer than 50 ms on the page's thread, from the start: what the save and export tasks read.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  (window as unknown as { ropaBenchProbe: PageProbe }).ropaBenchProbe = probe;
  const heap = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
  const sample = () => {
    probe.heapMax = Math.max(probe.heapMax, heap());
  };
  setInterval(sample, 10);
  const observer = new MutationObserver(() => {
    sample();
    if (probe.firstRows.dom === null && document.querySelector('table.record-table tbody tr.record-row')) {
      probe.firstRows.dom = performance.now();
      observer.disconnect();
      // The frame that shows the rows, then the task after it: the rows are on screen.
      requestAnimationFrame(() =>
        setTimeout(() => {
          probe.firstRows.painted = performance.now();
        }, 0),
      );
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

interface KeystrokeTimes {
  updated: number[];
  painted: number[];
  counts: string[];
  heapMaxMb: number;
}

/** Inside the page: each word typed as one input event, timed until the count shows a filtered result. */
async function typeWords(words: string[]): Promise<KeystrokeTimes> {
  const probe = (window as unknown as { ropaBenchProbe: PageProbe }).ropaBenchProbe;
  probe.heapMax = 0;
  const input = document.querySelector<HTMLInputElement>('.table-search input');
  const countOf = () => document.querySelector('.table-count')?.textContent ?? '';
  if (!input) throw new Error('no search box (.table-search input)');
  const setValue = (value: string) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const until = (done: () => boolean) =>
    new Promise<void>((resolve, reject) => {
      if (done()) return resolve();
      const observer = new MutationObserver(() => {
        if (done()) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      setTimeout(() => reject(new Error('the table did not answer within 30 s')), 30_000);
    });
  const all = countOf();
  const out: KeystrokeTimes = { updated: [], painted: [], counts: [], heapMaxMb: 0 };
  for (const word of words) {
    const start = performance.now();
    setValue(word);
    await until(() => countOf() !== all);
    out.updated.push(performance.now() - start);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    out.painted.push(performance.now() - start);
    out.counts.push(countOf());
    setValue('');
    await until(() => countOf() === all);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  out.heapMaxMb = probe.heapMax / 1024 / 1024;
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

async function openBenchPage(browser: Browser, base: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // tsx compiles this file with esbuild's keepNames, which wraps nested functions in `__name(fn, "name")`; functions
  // sent into the page (init script, evaluate) then need that helper there too.
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((fn) => fn);' });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  await page.goto(`${base}bench/index.html`);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  return { page, close: () => context.close() };
}

async function idbLoad(browser: Browser, base: string, size: number, runs: number): Promise<Measurement> {
  const { page, close } = await openBenchPage(browser, base);
  try {
    const call = (which: 'idbLoad' | 'idbBaseline') =>
      page.evaluate(([fn, s, seed, r]) => window.ropaBench[fn](s, seed, 1, r), [
        which,
        size,
        SEED,
        runs,
      ] as const) as Promise<Timed>;
    const app = await call('idbLoad');
    const baseline = await call('idbBaseline');
    const breakdown = await page.evaluate(([s, seed]) => window.ropaBench.idbBreakdown(s, seed), [size, SEED] as const);
    return {
      task: 'idb-load',
      size,
      times: app.times,
      baselineTimes: baseline.times,
      peakMb: app.heapMaxMb,
      baselinePeakMb: baseline.heapMaxMb,
      extra: {
        check: app.check,
        writes_with_app_indexes_ms: breakdown.writesWithAppIndexesMs,
        one_fingerprint_ms: breakdown.fingerprintMs,
        load_register_ms: breakdown.loadRegisterMs,
      },
    };
  } finally {
    await close();
  }
}

async function table(
  browser: Browser,
  base: string,
  size: number,
  runs: number,
  tasks: ReadonlySet<string>,
): Promise<Measurement[]> {
  const { page, close } = await openBenchPage(browser, base);
  const out: Measurement[] = [];
  try {
    const seeded = await page.evaluate(([s, seed]) => window.ropaBench.seedApp(s, seed), [size, SEED] as const);
    const painted: number[] = [];
    const dom: number[] = [];
    let heapMax = 0;
    // One warm-up load (HTTP cache, compiled code), then the measured ones; each a full navigation.
    for (let i = 0; i < runs + 1; i++) {
      await page.goto('about:blank');
      await page.goto(`${base}#/activities`, { waitUntil: 'commit' });
      const handle = await page.waitForFunction(
        () => {
          const probe = (window as unknown as { ropaBenchProbe?: PageProbe }).ropaBenchProbe;
          return probe?.firstRows.painted ? { ...probe.firstRows, heapMax: probe.heapMax } : false;
        },
        undefined,
        { timeout: 180_000, polling: 100 },
      );
      const value = (await handle.jsonValue()) as FirstRows & { heapMax: number };
      if (i === 0) continue;
      painted.push(value.painted ?? Number.NaN);
      dom.push(value.dom ?? Number.NaN);
      heapMax = Math.max(heapMax, value.heapMax / 1024 / 1024);
    }
    const rowCount = await page.locator('table.record-table').getAttribute('aria-rowcount');
    if (tasks.has('table-first-rows')) {
      out.push({
        task: 'table-first-rows',
        size,
        times: painted,
        baselineTimes: null,
        peakMb: heapMax,
        baselinePeakMb: null,
        extra: { dom_median_ms: medianOf(dom), check: `${seeded}; aria-rowcount ${rowCount}` },
      });
    }
    if (tasks.has('table-filter')) {
      // As a person meets it: the table has been on screen for a moment.
      await page.waitForTimeout(1500);
      const words = NAME_MARKERS.slice(0, 6);
      const typed = await page.evaluate(typeWords, [...words]);
      const register = generateRegister(size, SEED);
      const expected = words.map((w) => register.activities.filter((a) => a.name.toLowerCase().includes(w)).length);
      const shown = typed.counts.map((text) => Number((text.split(' of ')[0] ?? '').replace(/\D/g, '')));
      const check = shown.every((n, i) => n === expected[i])
        ? `counts as expected (${typed.counts[1] ?? ''})`
        : `counts ${shown.join('/')} vs expected ${expected.join('/')}`;
      out.push({
        task: 'table-filter',
        size,
        // The first keystroke warms up the search path.
        times: typed.updated.slice(1),
        baselineTimes: null,
        peakMb: typed.heapMaxMb,
        baselinePeakMb: null,
        extra: { painted_median_ms: medianOf(typed.painted.slice(1)), check },
      });
    }
    return out;
  } finally {
    await close();
  }
}

/** The longest main-thread task that started at or after `since` (page time), 0 when none was long. */
async function longestTaskSince(page: Page, since: number): Promise<number> {
  return page.evaluate((from) => {
    const probe = (window as unknown as { ropaBenchProbe: PageProbe }).ropaBenchProbe;
    return Math.max(0, ...probe.longTasks.filter((t) => t.start + t.duration >= from).map((t) => t.duration));
  }, since);
}

const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/**
 * save-ui-block: the app opened on an activity's editor; each run types a new description and saves (Ctrl+S), then
 * waits until the app has settled (the "Saved" status, then two seconds for the live register, the findings and the
 * backup to follow). The value of a run is the longest main-thread task from the keystroke on: how long the
 * interface stops answering because of one save.
 */
async function saveUiBlock(browser: Browser, base: string, size: number, runs: number): Promise<Measurement> {
  const { page, close } = await openBenchPage(browser, base);
  try {
    const seeded = await page.evaluate(([s, seed]) => window.ropaBench.seedApp(s, seed), [size, SEED] as const);
    const id = generateRegister(size, SEED).activities[0]?.id ?? '';
    await page.goto(`${base}#/activities/${id}`);
    const description = page.getByRole('textbox', { name: 'Description', exact: true });
    await description.waitFor({ timeout: 180_000 });
    await page.waitForTimeout(3000);
    const times: number[] = [];
    let heapMax = 0;
    for (let i = 0; i < runs + 1; i++) {
      await description.fill(`Benchmark description ${i} ${Date.now()}`);
      const since = await pageNow(page);
      await page.keyboard.press('Control+s');
      await page.getByRole('status').filter({ hasText: 'Saved' }).first().waitFor({ timeout: 120_000 });
      await page.waitForTimeout(2000);
      const longest = await longestTaskSince(page, since);
      heapMax = Math.max(
        heapMax,
        await page.evaluate(() => (window as unknown as { ropaBenchProbe: PageProbe }).ropaBenchProbe.heapMax),
      );
      if (i > 0) times.push(longest);
    }
    return {
      task: 'save-ui-block',
      size,
      times,
      baselineTimes: null,
      peakMb: heapMax / 1024 / 1024,
      baselinePeakMb: null,
      extra: { check: seeded },
    };
  } finally {
    await close();
  }
}

/**
 * export-ui-block: the app's Export screen; an Excel export (authority layout) and a PDF export, each started with the
 * Export button and followed to its download. The value of a run is the longest main-thread task from the click to
 * the file, over both exports; the run details give each export's own longest task and duration.
 */
async function exportUiBlock(browser: Browser, base: string, size: number, runs: number): Promise<Measurement> {
  const { page, close } = await openBenchPage(browser, base);
  try {
    const seeded = await page.evaluate(([s, seed]) => window.ropaBench.seedApp(s, seed), [size, SEED] as const);
    await page.goto(`${base}#/export`);
    await page.getByRole('button', { name: 'Export', exact: true }).waitFor({ timeout: 180_000 });
    await page.waitForTimeout(3000);
    const one = async (label: string): Promise<{ longest: number; ms: number }> => {
      await page.getByLabel(label).check();
      const downloading = page.waitForEvent('download', { timeout: 900_000 });
      const since = await pageNow(page);
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await downloading;
      const ms = (await pageNow(page)) - since;
      await page.waitForTimeout(500);
      return { longest: await longestTaskSince(page, since), ms };
    };
    const times: number[] = [];
    const xlsx: number[] = [];
    const pdf: number[] = [];
    // The PDF of thousands of activities takes minutes: one run past 1,000.
    const count = size > 1000 ? 1 : runs;
    for (let i = 0; i < count; i++) {
      const a = await one('Excel — layout of the GBA/APD register model');
      const b = await one('PDF — for reading and printing');
      xlsx.push(a.longest);
      pdf.push(b.longest);
      times.push(Math.max(a.longest, b.longest));
    }
    const heapMax = await page.evaluate(
      () => (window as unknown as { ropaBenchProbe: PageProbe }).ropaBenchProbe.heapMax,
    );
    return {
      task: 'export-ui-block',
      size,
      times,
      baselineTimes: null,
      peakMb: heapMax / 1024 / 1024,
      baselinePeakMb: null,
      extra: { xlsx_longest_ms: medianOf(xlsx), pdf_longest_ms: medianOf(pdf), check: seeded },
    };
  } finally {
    await close();
  }
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round((value ?? Number.NaN) * 10) / 10;
}

export async function runBrowserBench(
  options: BrowserOptions,
): Promise<{ measurements: Measurement[]; chromium: string }> {
  const { log } = options;
  await buildSite(log);
  const server = await preview({
    configFile: false,
    // The served folder is build.outDir; the root must not be that folder or below it (Vite warns).
    root: TMP_DIR,
    logLevel: 'warn',
    build: { outDir: SITE_DIR },
    preview: { host: '127.0.0.1', port: options.port, strictPort: true, open: false },
  });
  const base = `http://127.0.0.1:${options.port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const measurements: Measurement[] = [];
  try {
    for (const size of options.sizes) {
      if (options.tasks.has('idb-load')) {
        const m = await idbLoad(browser, base, size, options.runs);
        log(
          `browser: idb-load ${size}: ${m.times.map((t) => t.toFixed(0)).join(', ')} ms (plain Dexie ${m.baselineTimes?.map((t) => t.toFixed(0)).join(', ')} ms), ${m.extra?.['check']}`,
        );
        measurements.push(m);
      }
      if (options.tasks.has('save-ui-block')) {
        const m = await saveUiBlock(browser, base, size, options.runs);
        log(`browser: save-ui-block ${size}: longest task ${m.times.map((t) => t.toFixed(0)).join(', ')} ms`);
        measurements.push(m);
      }
      if (options.tasks.has('export-ui-block')) {
        const m = await exportUiBlock(browser, base, size, options.runs);
        log(
          `browser: export-ui-block ${size}: longest task ${m.times.map((t) => t.toFixed(0)).join(', ')} ms ` +
            `(Excel ${m.extra?.['xlsx_longest_ms']} ms, PDF ${m.extra?.['pdf_longest_ms']} ms)`,
        );
        measurements.push(m);
      }
      if (options.tasks.has('table-first-rows') || options.tasks.has('table-filter')) {
        for (const m of await table(browser, base, size, options.runs, options.tasks)) {
          log(`browser: ${m.task} ${size}: ${m.times.map((t) => t.toFixed(0)).join(', ')} ms, ${m.extra?.['check']}`);
          measurements.push(m);
        }
      }
    }
    return { measurements, chromium: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}
