/**
 * `ropa` run inside the test's own process: its exit code and what it printed, with a fixed clock and no environment
 * variables, so a test of a command reads like the command line without paying for a process per call.
 */
import { run, type CliIo } from '../cli/main';

export interface RopaRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function ropaInProcess(argv: readonly string[], now: Date): Promise<RopaRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    now: () => now,
    env: {},
  };
  const code = await run([...argv], io);
  return { code, stdout, stderr };
}
