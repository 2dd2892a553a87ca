/** `ropa import IN --out FILE`: reads a register from another format or an older file version, writes it current. */
import { fingerprint } from '../../register/canonical';
import { FILE_VERSION } from '../../register/fileVersion';
import { writeRegisterFile } from '../../register/registerFile';
import { COMMON_OPTIONS, inputFile, languageOption, parseCommandLine, requiredOption } from '../args';
import { CliError, EXIT, message } from '../errors';
import { checkOutputPath, readInputBytes, writeFileAtomic } from '../files';
import { detectImportFormat, IMPORTERS } from '../formats';
import type { CliIo } from '../io';
import { GENERATOR, HELP_HELP, helpText, LANG_HELP, type Command } from './command';

const usage = 'ropa import IN --out FILE';

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine('ropa import', {
    args: argv,
    options: { ...COMMON_OPTIONS, out: { type: 'string', short: 'o' } },
  });
  if (values.help) return (io.stdout(importCommand.help), EXIT.ok);
  const lang = languageOption(values.lang);
  const input = inputFile(positionals, usage);
  const out = requiredOption(values.out, '--out', usage);
  await checkOutputPath(out);

  const bytes = await readInputBytes(input);
  const format = detectImportFormat(input, bytes);
  const importer = IMPORTERS[format];
  if (!importer) throw new CliError('formatNotAvailable', { format });
  const { register, fileVersion, problems = [] } = await importer(bytes, { file: input, lang });
  // Unreadable cells do not stop the import; each one is reported so nothing is lost silently.
  for (const problem of problems) io.stderr(`ropa: ${problem}\n`);
  await writeFileAtomic(out, writeRegisterFile(register, { savedAt: io.now().toISOString(), generator: GENERATOR }));
  const params = {
    input,
    file: out,
    from: fileVersion ?? format,
    to: FILE_VERSION,
    fingerprint: fingerprint(register),
  };
  io.stdout(`${message(lang, 'imported', params)}\n`);
  return EXIT.ok;
}

export const importCommand: Command = {
  name: 'import',
  summary: 'read a register (an older file version too) and write it as a current register file',
  usage,
  help: helpText(
    usage,
    'Reads IN — a register file of this or an older version (migrated), or an Excel workbook (the complete\n' +
      'layout, or the GBA/APD register model) — and writes it to FILE as a register file of the current version.',
    [
      ['-o, --out FILE', 'the register file to write; replaced whole, or left as it was on failure'],
      LANG_HELP,
      HELP_HELP,
    ],
  ),
  run,
};
