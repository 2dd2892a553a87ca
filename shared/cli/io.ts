/** What a command may touch besides the file system: its output streams and the clock (tests replace them). */
export interface CliIo {
  /** Writes to standard output; the caller adds newlines. */
  stdout(text: string): void;
  stderr(text: string): void;
  now(): Date;
  /** Environment variables (ROPA_DEBUG). */
  env: Readonly<Record<string, string | undefined>>;
}

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  now: () => new Date(),
  env: process.env,
};

/** Today's date on the user's clock, `YYYY-MM-DD`. */
export function localDate(date: Date): string {
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
