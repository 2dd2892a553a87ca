/** The shape of one `ropa` subcommand; main.ts dispatches on `name`. */
import { LANG_CHOICES } from '../args';
import type { CliIo } from '../io';

export interface Command {
  name: string;
  /** One line in the overall help. */
  summary: string;
  /** The synopsis, also quoted in usage errors. */
  usage: string;
  /** The command's own help text (options, exit codes). */
  help: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

/** Written into every register file the CLI saves. */
export const GENERATOR = 'RoPA Desk CLI';

/** The help text of a command: synopsis, description, options. */
export function helpText(usage: string, description: string, options: readonly [string, string][]): string {
  const width = Math.max(0, ...options.map(([flag]) => flag.length)) + 2;
  const lines = options.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`);
  return [`Usage: ${usage}`, '', description, '', 'Options:', ...lines, ''].join('\n');
}

export const LANG_HELP: [string, string] = [`--lang ${LANG_CHOICES}`, 'language of messages (default: en)'];
export const HELP_HELP: [string, string] = ['-h, --help', 'show this help'];
