/**
 * The `ropa` command: RoPA Desk's register file on the command line. A thin layer over shared/: parsing
 * arguments, reading and writing files, printing; the register, validation and exports live in shared/.
 */
import { readFileSync } from 'node:fs';
import { FILE_VERSION } from '../register/fileVersion';
import { LANG_CHOICES, requestedLanguage, shown } from './args';
import type { Command } from './commands/command';
import { exportCommand } from './commands/export';
import { fingerprintCommand } from './commands/fingerprint';
import { importCommand } from './commands/import';
import { mergeCommand } from './commands/merge';
import { noticeCommand } from './commands/notice';
import { sampleCommand } from './commands/sample';
import { translationsCommand } from './commands/translations';
import { validateCommand } from './commands/validate';
import { CliError, describeFailure, EXIT } from './errors';
import { processIo, type CliIo } from './io';

export { EXIT } from './errors';
export type { CliIo } from './io';

export const COMMANDS: ReadonlyMap<string, Command> = new Map(
  [
    sampleCommand,
    validateCommand,
    fingerprintCommand,
    exportCommand,
    noticeCommand,
    importCommand,
    mergeCommand,
    translationsCommand,
  ].map((c) => [c.name, c]),
);

export function usageText(): string {
  const width = Math.max(...[...COMMANDS.keys()].map((name) => name.length)) + 2;
  const commands = [...COMMANDS.values()].map((c) => `  ${c.name.padEnd(width)}${c.summary}`);
  return [
    'Usage: ropa <command> [options]',
    '',
    'RoPA Desk on the command line: the GDPR Art. 30 register file (*.ropa.json).',
    '',
    'Commands:',
    ...commands,
    `  ${'help'.padEnd(width)}show this help, or a command's: ropa help <command>`,
    '',
    'Synopsis:',
    ...[...COMMANDS.values()].map((c) => `  ${c.usage}`),
    '',
    `Every command accepts --lang ${LANG_CHOICES} (language of messages) and --help; for "translations",`,
    '--lang is the language of the translations and messages follow --ui-lang.',
    'ropa --version prints the version.',
    '',
    'Exit codes: 0 done (validate: no errors); 1 validate found errors, merge found conflicts, or translations import',
    'applied nothing;',
    '2 bad input (usage, unreadable or invalid file, no processing activity found in a spreadsheet, format not',
    'available yet); 3 internal error.',
    '',
  ].join('\n');
}

export function versionText(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return `ropa ${pkg.version ?? '?'} (register file version ${FILE_VERSION})\n`;
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(usageText());
    return EXIT.badInput;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    if (topic === undefined) {
      io.stdout(usageText());
      return EXIT.ok;
    }
    const command = COMMANDS.get(topic);
    if (!command) throw new CliError('unknownCommand', { command: shown(topic) });
    io.stdout(command.help);
    return EXIT.ok;
  }
  if (first === '--version' || first === '-V') {
    io.stdout(versionText());
    return EXIT.ok;
  }
  const command = COMMANDS.get(first);
  if (!command) {
    if (first.startsWith('-'))
      throw new CliError('unknownOption', { option: shown(first.split('=')[0] ?? first), command: 'ropa' });
    throw new CliError('unknownCommand', { command: shown(first) });
  }
  return command.run(rest, io);
}

/** Runs `ropa` with the arguments after the program name; resolves to the exit code, never rejects. */
export async function run(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const { line, exitCode } = describeFailure(error, requestedLanguage(argv) ?? 'en');
    io.stderr(`ropa: ${line}\n`);
    if (exitCode === EXIT.internal && io.env['ROPA_DEBUG'] && error instanceof Error && error.stack) {
      io.stderr(`${error.stack}\n`);
    }
    return exitCode;
  }
}
