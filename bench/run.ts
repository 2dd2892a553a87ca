/**
 * `npm run bench`: how RoPA Desk scales, against the libraries it stands on, in one run.
 *
 *   npm run bench                 100, 1,000, 5,000 and 10,000 activities → bench/results.json, bench/RESULTS.md
 *   npm run bench -- --quick      100 and 1,000, fewer runs for slow tasks → bench/tmp/quick/ (a smoke test, < 2 min)
 *
 * Options: --sizes=100,1000   --only=xlsx-export,idb-load   --out=<folder>   --port=4191   --no-browser
 *
 * Node tasks run one child process per task, variant and size (bench/node/worker.ts); browser tasks run in
 * Debian's Chromium (bench/browser/driver.ts). Not part of `npm test`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import * as prettier from 'prettier';
import path from 'node:path';
import { runBrowserBench, CHROMIUM_PATH } from './browser/driver';
import {
  BENCH_DIR,
  BROWSER_TASKS,
  median,
  NODE_TASKS,
  RESULT_PREFIX,
  ROOT_DIR,
  TASKS,
  TMP_DIR,
  type Measurement,
  type NodeTask,
  type Variant,
  type WorkerResult,
} from './common';
import { chromiumVersion, describeMachine } from './machine';
import { markdownTable, resultsFile, resultsMarkdown } from './report';

interface Options {
  quick: boolean;
  sizes: number[];
  tasks: Set<string>;
  out: string;
  port: number;
  browser: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const quick = argv.includes('--quick');
  const known = ['--quick', '--no-browser'];
  for (const arg of argv) {
    if (!known.includes(arg) && !/^--(sizes|only|out|port)=/.test(arg)) throw new Error(`unknown option ${arg}`);
  }
  const only = value('only')?.split(',').filter(Boolean);
  for (const task of only ?? [])
    if (!(TASKS as readonly string[]).includes(task)) throw new Error(`unknown task ${task}`);
  return {
    quick,
    sizes: value('sizes')?.split(',').map(Number) ?? (quick ? [100, 1000] : [100, 1000, 5000, 10_000]),
    tasks: new Set(only ?? TASKS),
    out: path.resolve(ROOT_DIR, value('out') ?? (quick ? path.join(TMP_DIR, 'quick') : BENCH_DIR)),
    port: Number(value('port') ?? 4191),
    browser: !argv.includes('--no-browser'),
  };
}

const started = performance.now();
const loads: number[] = [os.loadavg()[0] ?? 0];
const loadTimer = setInterval(() => loads.push(os.loadavg()[0] ?? 0), 5000);
loadTimer.unref();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`;
const log = (line: string) => console.log(`[${elapsed()}] ${line}`);

/** Runs the worker in a fresh Node process and returns what it printed last. */
function worker(args: readonly string[]): Promise<WorkerResult | string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', path.join(BENCH_DIR, 'node', 'worker.ts'), ...args],
      {
        cwd: ROOT_DIR,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`worker ${args.join(' ')} exited with ${code}:\n${stderr.trim()}`));
        return;
      }
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
      resolve(line ? (JSON.parse(line.slice(RESULT_PREFIX.length)) as WorkerResult) : stdout.trim());
    });
  });
}

async function runWorker(
  task: NodeTask,
  variant: Variant,
  size: number,
  policy: readonly number[],
): Promise<WorkerResult> {
  const result = await worker([task, variant, String(size), ...policy.map(String)]);
  if (typeof result === 'string') throw new Error(`worker ${task} ${variant} ${size} printed no result: ${result}`);
  return result;
}

/** Run-count policy: at least `min`, at most `max` runs, more than `min` only while they fit in `budgetMs`. */
interface Policy {
  min: number;
  max: number;
  warmupUnderMs: number;
  budgetMs: number;
}
const FULL: Policy = { min: 3, max: 5, warmupUnderMs: 2000, budgetMs: 60_000 };
const QUICK: Policy = { min: 1, max: 2, warmupUnderMs: 500, budgetMs: 3000 };

/** A task without baseline: one process, its runs one after the other. */
async function measureAlone(task: NodeTask, size: number, p: Policy): Promise<WorkerResult> {
  return runWorker(task, 'app', size, [p.min, p.max, p.warmupUnderMs, p.budgetMs]);
}

/**
 * A task and its baseline, interleaved: app, baseline, app, baseline..., one run per process (plus a warm-up run in
 * that process when a run is short), so that both see the same machine when other work comes and goes, and each
 * process's peak RSS is its variant's alone.
 */
async function measurePair(
  task: NodeTask,
  size: number,
  p: Policy,
): Promise<{ app: WorkerResult; baseline: WorkerResult }> {
  const app: WorkerResult = { times: [], peakMb: 0 };
  const baseline: WorkerResult = { times: [], peakMb: 0 };
  const once = [1, 1, p.warmupUnderMs, 0];
  let elapsed = 0;
  while (app.times.length < p.max) {
    const a = await runWorker(task, 'app', size, once);
    const b = await runWorker(task, 'baseline', size, once);
    for (const [into, from] of [
      [app, a],
      [baseline, b],
    ] as const) {
      into.times.push(...from.times);
      into.peakMb = Math.max(into.peakMb, from.peakMb);
      into.check = from.check;
    }
    const pair = (a.times[0] ?? 0) + (b.times[0] ?? 0);
    elapsed += pair;
    if (app.times.length >= p.min && elapsed + pair > p.budgetMs) break;
  }
  return { app, baseline };
}

const HAS_BASELINE: ReadonlySet<NodeTask> = new Set(['xlsx-export', 'xlsx-import', 'import-foreign', 'pdf-export']);

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const measurements: Measurement[] = [];
  const skipped: string[] = [];
  log(
    `${options.quick ? 'quick' : 'full'} run, sizes ${options.sizes.join(', ')}, tasks ${[...options.tasks].join(', ')}`,
  );

  const nodeTasks = NODE_TASKS.filter((t) => options.tasks.has(t));
  if (nodeTasks.length > 0) {
    for (const size of options.sizes) log(String(await worker(['prepare', String(size)])));
  }
  for (const task of nodeTasks) {
    for (const size of options.sizes) {
      if (task === 'pdf-export' && size > 1000) {
        const at1000 = measurements.find((m) => m.task === 'pdf-export' && m.size === 1000);
        if (size > 5000) {
          skipped.push(
            `pdf-export at ${size.toLocaleString('en-US')}: only 100, 1,000 and (if fast enough) 5,000 are run`,
          );
          continue;
        }
        if (!at1000 || median(at1000.times) >= 12_000) {
          skipped.push(
            `pdf-export at ${size.toLocaleString('en-US')}: run only when 1,000 activities take under 12 s` +
              (at1000 ? ` (they took ${(median(at1000.times) / 1000).toFixed(1)} s)` : ' (1,000 was not run)'),
          );
          continue;
        }
      }
      const policy = options.quick ? QUICK : FULL;
      const { app, baseline } = HAS_BASELINE.has(task)
        ? await measurePair(task, size, policy)
        : { app: await measureAlone(task, size, policy), baseline: null };
      const m: Measurement = {
        task,
        size,
        times: app.times,
        baselineTimes: baseline?.times ?? null,
        peakMb: app.peakMb,
        baselinePeakMb: baseline?.peakMb ?? null,
        extra: { check: app.check ?? '' },
      };
      measurements.push(m);
      log(
        `${task} ${size}: ${app.times.map((t) => t.toFixed(0)).join(', ')} ms, peak ${app.peakMb.toFixed(0)} MB` +
          (baseline
            ? ` | baseline ${baseline.times.map((t) => t.toFixed(0)).join(', ')} ms, peak ${baseline.peakMb.toFixed(0)} MB`
            : '') +
          ` | ${app.check ?? ''}`,
      );
    }
  }

  let chromium = chromiumVersion(CHROMIUM_PATH);
  const browserTasks = BROWSER_TASKS.filter((t) => options.tasks.has(t));
  if (options.browser && browserTasks.length > 0) {
    const browser = await runBrowserBench({
      sizes: options.sizes,
      tasks: new Set(browserTasks),
      runs: options.quick ? 3 : 5,
      port: options.port,
      log: (line) => log(line),
    });
    measurements.push(...browser.measurements);
    chromium = `${browser.chromium} (${CHROMIUM_PATH})`;
  } else if (browserTasks.length > 0) {
    skipped.push(`browser tasks (${browserTasks.join(', ')}): --no-browser`);
  }

  const order = (m: Measurement) => TASKS.indexOf(m.task) * 1e6 + m.size;
  measurements.sort((a, b) => order(a) - order(b));
  const wall = (performance.now() - started) / 1000;
  clearInterval(loadTimer);
  const machine = describeMachine(chromium, options.quick ? 'quick' : 'full', wall, loads);
  const file = resultsFile(machine, new Date(), measurements);
  mkdirSync(options.out, { recursive: true });
  writeFileSync(path.join(options.out, 'results.json'), `${JSON.stringify(file, null, 2)}\n`);
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  // Formatted as `npm run format` would, so the committed file passes `npm run format:check`.
  const markdownPath = path.join(options.out, 'RESULTS.md');
  const markdown = resultsMarkdown({ file, measurements, skipped, command });
  const prettierOptions = (await prettier.resolveConfig(markdownPath)) ?? {};
  writeFileSync(markdownPath, await prettier.format(markdown, { ...prettierOptions, parser: 'markdown' }));

  console.log('');
  console.log(markdownTable(measurements));
  console.log('');
  for (const s of skipped) console.log(`not run: ${s}`);
  console.log(
    `wall time ${Math.floor(Math.round(wall) / 60)} min ${Math.round(wall) % 60} s; wrote ${path.relative(ROOT_DIR, options.out) || '.'}/results.json and RESULTS.md`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
