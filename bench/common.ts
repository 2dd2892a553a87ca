/** What the Node orchestrator, the Node worker and the report share: task names, fixed dates, paths, statistics. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const NODE_TASKS = [
  'register-read-validate',
  'validate',
  'xlsx-export',
  'xlsx-import',
  'import-foreign',
  'pdf-export',
] as const;
export const BROWSER_TASKS = ['idb-load', 'table-first-rows', 'table-filter', 'save-ui-block', 'export-ui-block'] as const;
export const TASKS = [...NODE_TASKS, ...BROWSER_TASKS] as const;
export type NodeTask = (typeof NODE_TASKS)[number];
export type BrowserTask = (typeof BROWSER_TASKS)[number];
export type Task = (typeof TASKS)[number];
export type Variant = 'app' | 'baseline';

export function isNodeTask(value: string): value is NodeTask {
  return (NODE_TASKS as readonly string[]).includes(value);
}

/** The seed of every generated register: the same registers in every run, in Node and in the page. */
export const SEED = 1;
/** Dates passed to the exporters and to validation, never the clock, so every run does the same work. */
export const TODAY = '2026-11-22';
export const EXPORTED_AT_ISO = '2026-11-22T08:00:00.000Z';

export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const ROOT_DIR = path.resolve(BENCH_DIR, '..');
export const TMP_DIR = path.join(BENCH_DIR, 'tmp');

/** Where the inputs prepared once per size (register file, workbooks, cells, PDF strings) are kept. */
export function inputDir(size: number): string {
  return path.join(TMP_DIR, 'inputs', String(size));
}

export interface Measurement {
  task: Task;
  size: number;
  /** Wall-clock milliseconds of each measured run (warm-up runs excluded). */
  times: number[];
  baselineTimes: number[] | null;
  /** Node: peak RSS of the process that ran the task. Browser: the page's largest JS heap seen during the task. */
  peakMb: number;
  /** Peak of the baseline's process or page, for the notes. */
  baselinePeakMb: number | null;
  /** Anything worth printing beside the numbers (e.g. painted vs DOM-updated times). */
  extra?: Record<string, number | string>;
}

export interface ResultRow {
  task: Task;
  size: number;
  median_ms: number;
  baseline_median_ms: number | null;
  ratio: number | null;
  peak_mb: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const round3 = (value: number) => Math.round(value * 1000) / 1000;

export function toRow(m: Measurement): ResultRow {
  const medianMs = median(m.times);
  const baseline = m.baselineTimes ? median(m.baselineTimes) : null;
  return {
    task: m.task,
    size: m.size,
    median_ms: round1(medianMs),
    baseline_median_ms: baseline === null ? null : round1(baseline),
    ratio: baseline === null || baseline === 0 ? null : round3(medianMs / baseline),
    peak_mb: round1(m.peakMb),
  };
}

/** The line a worker prints last: the orchestrator looks for this prefix. */
export const RESULT_PREFIX = 'BENCH_RESULT ';

export interface WorkerResult {
  times: number[];
  peakMb: number;
  /** Set when the task checks what it produced (bytes, pages, records) so a broken run is not mistaken for a fast one. */
  check?: string;
}
