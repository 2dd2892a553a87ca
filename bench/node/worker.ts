/**
 * One task at one size in a process of its own, so that its peak RSS (`process.resourceUsage().maxRSS`, which only
 * ever grows) belongs to that task alone. Usage (the orchestrator starts it):
 *
 *   node --expose-gc --import tsx bench/node/worker.ts <task> <app|baseline> <size> <min runs> <max runs> <warm-up-under-ms> <budget-ms>
 *   node --import tsx bench/node/worker.ts prepare <size>
 *
 * Measures at least `min runs` and at most `max runs` runs, stopping after the minimum once the next run would end
 * past the budget (ms, counted from the first run). The first run is a warm-up (not counted) when it took less than
 * `warm-up-under-ms`: a fast task is cheap to repeat, a slow one warms up within its first run.
 *
 * Prints one line `BENCH_RESULT {"times":[...],"peakMb":...,"check":"..."}` at the end.
 */
import { performance } from 'node:perf_hooks';
import { isNodeTask, RESULT_PREFIX, type WorkerResult } from '../common';
import { prepareInputs, prepareTask } from './tasks';

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function main(argv: readonly string[]): Promise<void> {
  const [task, ...rest] = argv;
  if (task === 'prepare') {
    console.log(await prepareInputs(Number(rest[0])));
    return;
  }
  const [variant, sizeText, minText, maxText, warmupText, budgetText] = rest;
  if (!task || !isNodeTask(task) || (variant !== 'app' && variant !== 'baseline')) {
    throw new Error(
      `usage: worker.ts <task> <app|baseline> <size> <min runs> <max runs> <warm-up-under-ms> <budget-ms>; got ${argv.join(' ')}`,
    );
  }
  const size = Number(sizeText);
  const minRuns = Number(minText ?? 3);
  const maxRuns = Number(maxText ?? minRuns);
  const warmupUnderMs = Number(warmupText ?? 0);
  const budgetMs = Number(budgetText ?? 0);
  const prepared = await prepareTask(task, variant, size);
  const times: number[] = [];
  let elapsed = 0;
  let first = true;
  while (times.length < maxRuns) {
    collectGarbage();
    const start = performance.now();
    await prepared.run();
    const ms = performance.now() - start;
    elapsed += ms;
    const warmup = first && ms < warmupUnderMs;
    first = false;
    if (warmup) continue;
    times.push(ms);
    if (times.length >= minRuns && elapsed + ms > budgetMs) break;
  }
  const result: WorkerResult = {
    times,
    peakMb: process.resourceUsage().maxRSS / 1024,
    check: prepared.check(),
  };
  console.log(RESULT_PREFIX + JSON.stringify(result));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
