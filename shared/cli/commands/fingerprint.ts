/** `ropa fingerprint FILE`: the SHA-256 fingerprint of a register file's content, as every export prints it. */
import { COMMON_OPTIONS, inputFile, languageOption, parseCommandLine } from '../args';
import { EXIT, message } from '../errors';
import { readRegisterInput } from '../files';
import type { CliIo } from '../io';
import { HELP_HELP, helpText, LANG_HELP, type Command } from './command';

const usage = 'ropa fingerprint FILE';

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine('ropa fingerprint', { args: argv, options: COMMON_OPTIONS });
  if (values.help) return (io.stdout(fingerprintCommand.help), EXIT.ok);
  const lang = languageOption(values.lang);
  const file = inputFile(positionals, usage);
  const result = await readRegisterInput(file);
  if (result.fingerprintMismatch) io.stderr(`ropa: ${message(lang, 'fingerprintMismatch', { file })}\n`);
  io.stdout(`${result.fingerprint}\n`);
  return EXIT.ok;
}

export const fingerprintCommand: Command = {
  name: 'fingerprint',
  summary: "print the register's SHA-256 fingerprint",
  usage,
  help: helpText(
    usage,
    'Prints the 64-hex SHA-256 fingerprint of the register (its canonical form; the save time is not part of it).\n' +
      'Older file versions are migrated first, so the fingerprint is that of the register as this version reads it.',
    [LANG_HELP, HELP_HELP],
  ),
  run,
};
