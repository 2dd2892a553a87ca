/** Turns the measurements into bench/results.json, bench/RESULTS.md and the table printed at the end of a run. */
import type { Machine } from './machine';
import { median, NODE_TASKS, toRow, type Measurement, type ResultRow, type Task } from './common';
import { MISS_NOTES, METHOD_NOTES } from './notes';

export interface ResultsFile {
  machine: Machine;
  date: string;
  results: ResultRow[];
}

export function resultsFile(machine: Machine, date: Date, measurements: readonly Measurement[]): ResultsFile {
  return { machine, date: date.toISOString(), results: measurements.map(toRow) };
}

// ---------------------------------------------------------------------------------------------------------------
// Targets

export type TargetStatus = 'met' | 'missed' | 'not measured';
export interface TargetResult {
  id: string;
  target: string;
  status: TargetStatus;
  detail: string;
  /** The measurement the target is judged on, when it is one. */
  measured?: { task: Task; size: number };
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
const seconds = (value: number) =>
  Math.abs(value) < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(2)} s`;
const percent = (value: number, limit: number) => `${Math.round(((value - limit) / limit) * 100)} %`;

function find(rows: readonly ResultRow[], task: Task, size: number): ResultRow | undefined {
  return rows.find((r) => r.task === task && r.size === size);
}

/** A time limit and, optionally, a ratio to the baseline, for one task at one size. */
function timeTarget(
  rows: readonly ResultRow[],
  id: string,
  target: string,
  task: Task,
  size: number,
  limitMs: number,
  maxRatio?: number,
): TargetResult {
  const row = find(rows, task, size);
  if (!row)
    return { id, target, status: 'not measured', detail: `${task} was not run at ${size.toLocaleString('en-US')}` };
  const problems: string[] = [];
  const facts: string[] = [`${seconds(row.median_ms)}`];
  if (row.median_ms >= limitMs) {
    problems.push(`${seconds(row.median_ms - limitMs)} (${percent(row.median_ms, limitMs)}) over ${seconds(limitMs)}`);
  }
  if (maxRatio !== undefined) {
    if (row.ratio === null) problems.push('no baseline measured');
    else {
      facts.push(`${row.ratio.toFixed(2)}× the baseline (${seconds(row.baseline_median_ms ?? 0)})`);
      if (row.ratio > maxRatio) {
        problems.push(
          `${row.ratio.toFixed(2)}× the baseline, ${(row.ratio - maxRatio).toFixed(2)}× over ${maxRatio}×: ` +
            `${seconds(row.median_ms - maxRatio * (row.baseline_median_ms ?? 0))} too slow for the ratio`,
        );
      }
    }
  }
  return {
    id,
    target,
    measured: { task, size },
    status: problems.length === 0 ? 'met' : 'missed',
    detail: problems.length === 0 ? facts.join(', ') : `${facts[0]}: ${problems.join('; ')}`,
  };
}

export function evaluateTargets(rows: readonly ResultRow[]): TargetResult[] {
  const out: TargetResult[] = [
    timeTarget(rows, 'xlsx-export', 'Excel export < 5 s and ≤ 1.5× baseline at 5,000', 'xlsx-export', 5000, 5000, 1.5),
    timeTarget(rows, 'xlsx-import', 'Excel import < 5 s and ≤ 1.5× baseline at 5,000', 'xlsx-import', 5000, 5000, 1.5),
    timeTarget(
      rows,
      'import-foreign',
      'Foreign workbook import < 5 s and ≤ 1.5× bare ExcelJS at 5,000',
      'import-foreign',
      5000,
      5000,
      1.5,
    ),
    timeTarget(rows, 'pdf-export', 'PDF of 1,000 activities < 20 s', 'pdf-export', 1000, 20_000),
    timeTarget(rows, 'read-validate', 'Read + validate < 1 s at 5,000', 'register-read-validate', 5000, 1000),
    timeTarget(rows, 'idb-load', 'Load into IndexedDB < 2 s at 5,000', 'idb-load', 5000, 2000),
  ];
  const table = timeTarget(
    rows,
    'table-first-rows',
    'Table rows < 1.5 s after page load at 5,000',
    'table-first-rows',
    5000,
    1500,
  );
  const at10k = find(rows, 'table-first-rows', 10_000);
  if (at10k) table.detail += `; at 10,000: ${seconds(at10k.median_ms)}`;
  out.push(table);
  out.push(timeTarget(rows, 'table-filter', 'Filter keystroke < 100 ms at 10,000', 'table-filter', 10_000, 100));
  out.push(
    timeTarget(rows, 'save-ui-block', 'Longest task during a save < 50 ms at 10,000', 'save-ui-block', 10_000, 50),
  );
  out.push(
    timeTarget(
      rows,
      'export-ui-block',
      'Longest task during an Excel and a PDF export < 100 ms at 10,000',
      'export-ui-block',
      10_000,
      100,
    ),
  );

  const nodeTasks = rows.filter((r) => (NODE_TASKS as readonly string[]).includes(r.task));
  const nodeAt10k = nodeTasks.filter((r) => r.size === 10_000);
  // A task that already needs more than 1 GB at a smaller size would need more at 10,000 (pdf-export is not run there).
  const overBelow10k = nodeTasks.filter(
    (r) => r.size < 10_000 && r.peak_mb >= 1024 && !nodeAt10k.some((t) => t.task === r.task),
  );
  const memory: TargetResult = {
    id: 'node-memory',
    target: 'Node peak memory < 1 GB at 10,000',
    status: 'not measured',
    detail: 'no Node task was run at 10,000',
  };
  if (nodeAt10k.length > 0) {
    const worst = nodeAt10k.reduce((a, b) => (b.peak_mb > a.peak_mb ? b : a));
    const over = nodeAt10k.filter((r) => r.peak_mb >= 1024);
    const parts =
      over.length === 0
        ? [`every task run at 10,000 stays under 1 GB (largest: ${worst.task}, ${Math.round(worst.peak_mb)} MB)`]
        : over.map((r) => `${r.task} ${Math.round(r.peak_mb)} MB at 10,000 (${Math.round(r.peak_mb - 1024)} MB over)`);
    for (const r of overBelow10k) {
      parts.push(
        `${r.task} is not run at 10,000 but already takes ${Math.round(r.peak_mb)} MB at ` +
          `${r.size.toLocaleString('en-US')} (${Math.round(r.peak_mb - 1024)} MB over), so it would miss at 10,000`,
      );
    }
    memory.status = over.length === 0 && overBelow10k.length === 0 ? 'met' : 'missed';
    memory.detail = parts.join('; ');
  }
  out.push(memory);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown

export function markdownTable(measurements: readonly Measurement[]): string {
  const lines = [
    '| task | size | median | baseline | ratio | peak MB | runs |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const m of measurements) {
    const row = toRow(m);
    lines.push(
      `| ${row.task} | ${row.size.toLocaleString('en-US')} | ${ms(row.median_ms)} | ${
        row.baseline_median_ms === null ? '—' : ms(row.baseline_median_ms)
      } | ${row.ratio === null ? '—' : `${row.ratio.toFixed(2)}×`} | ${Math.round(row.peak_mb)} | ${m.times.length} |`,
    );
  }
  return lines.join('\n');
}

function detailLine(m: Measurement): string {
  const runs = m.times.map((t) => Math.round(t)).join(', ');
  const baseline = m.baselineTimes ? `; baseline ${m.baselineTimes.map((t) => Math.round(t)).join(', ')} ms` : '';
  const basePeak = m.baselinePeakMb === null ? '' : ` (baseline peak ${Math.round(m.baselinePeakMb)} MB)`;
  const extra = m.extra
    ? `; ${Object.entries(m.extra)
        .map(([k, v]) => `${k}: ${typeof v === 'number' ? Math.round(v * 10) / 10 : v}`)
        .join('; ')}`
    : '';
  return `${m.task} ${m.size.toLocaleString('en-US')}: ${runs} ms${baseline}${basePeak}${extra}`;
}

function detailLines(measurements: readonly Measurement[]): string {
  return measurements.map((m) => `- ${detailLine(m)}`).join('\n');
}

export interface ReportInput {
  file: ResultsFile;
  measurements: readonly Measurement[];
  skipped: readonly string[];
  command: string;
}

export function resultsMarkdown({ file, measurements, skipped, command }: ReportInput): string {
  const { machine } = file;
  const targets = evaluateTargets(file.results);
  const missed = targets.filter((t) => t.status === 'missed');
  const sizes = [...new Set(measurements.map((m) => m.size))].sort((a, b) => a - b);
  const nodeRuns = measurements.filter((m) => m.baselineTimes !== null || m.task === 'validate');
  const fastest = nodeRuns.length > 0 ? median(nodeRuns.map((m) => m.times.length)) : 0;
  const parts = [
    '# RoPA Desk benchmark results',
    '',
    `Produced by \`${command}\` (bench/run.ts) on ${file.date.slice(0, 10)}; the whole run took ` +
      `${Math.floor(machine.wall_time_s / 60)} min ${machine.wall_time_s % 60} s of wall time (${machine.mode} run, ` +
      `sizes ${sizes.map((s) => s.toLocaleString('en-US')).join(', ')}; typically ${fastest} measured runs per ` +
      'task and size). Regenerated on every run; hand-written explanations live in bench/notes.ts.',
    '',
    '## Machine',
    '',
    `- CPU: ${machine.cpu}, ${machine.cores} cores`,
    `- Memory: ${machine.memory_gb} GB`,
    `- OS: ${machine.os}`,
    `- Load (1-minute average, the benchmark itself adds about 1): ${machine.load_avg_1min.start} at the start, ` +
      `mean ${machine.load_avg_1min.mean}, max ${machine.load_avg_1min.max} during the run` +
      (machine.load_avg_1min.mean > machine.cores
        ? ` — **other work shared the ${machine.cores} cores during this run; every time is inflated by it**`
        : ''),
    '',
    '## Versions',
    '',
    `- Node ${machine.node}`,
    `- Chromium ${machine.chromium}`,
    `- ExcelJS ${machine.exceljs}, pdfmake ${machine.pdfmake}, Dexie ${machine.dexie}`,
    `- Vite ${machine.vite}, Playwright ${machine.playwright}`,
    '',
    '## Results',
    '',
    'Medians in milliseconds. Peak MB: for Node tasks the peak resident set size of the process that ran the task ' +
      '(its input included); for the browser tasks the largest JS heap of the page seen during the task.',
    '',
    markdownTable(measurements),
    '',
    '## Targets',
    '',
    '| target | status | measured |',
    '| --- | --- | --- |',
    ...targets.map((t) => `| ${t.target} | **${t.status}** | ${t.detail} |`),
    '',
  ];
  if (skipped.length > 0) parts.push('Not run:', '', ...skipped.map((s) => `- ${s}`), '');
  if (missed.length > 0) {
    parts.push('## Missed targets: why, and what would close them', '');
    for (const t of missed) {
      parts.push(`### ${t.target}`, '', `Measured: ${t.detail}.`, '');
      const m = t.measured && measurements.find((x) => x.task === t.measured?.task && x.size === t.measured.size);
      if (m) parts.push(`Runs: ${detailLine(m)}.`, '');
      const note = MISS_NOTES[t.id];
      parts.push(note ? note.trim() : 'No explanation recorded yet (add one to bench/notes.ts).', '');
    }
  }
  parts.push('## How it was measured', '', METHOD_NOTES.trim(), '', '## Every run', '', detailLines(measurements), '');
  return parts.join('\n');
}
