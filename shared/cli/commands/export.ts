/** `ropa export FILE --format F --out OUT`: the register, or one controller's part of it, in an export format. */
import { fingerprint } from '../../register/canonical';
import { scopeToController, UnknownOrganisationError } from '../../register/controllerScope';
import type { UiLanguage } from '../../i18n/languages';
import { RECORD_KINDS, type Register } from '../../model/register';
import { registerToFolder } from '../../registerFolder/registerFolder';
import {
  COMMON_OPTIONS,
  formatOption,
  inputFile,
  LANG_CHOICES,
  languageOption,
  parseCommandLine,
  requiredOption,
  shown,
  todayOption,
} from '../args';
import { CliError, EXIT, message } from '../errors';
import { checkOutputPath, readRegisterInput, writeFileAtomic } from '../files';
import { checkFolderOutput, writeRegisterFolder } from '../folders';
import { EDITIONS, EXCEL_LAYOUTS, EXPORT_FORMATS, EXPORTERS } from '../formats';
import type { CliIo } from '../io';
import { GENERATOR, HELP_HELP, helpText, LANG_HELP, type Command } from './command';

const usage = `ropa export FILE --format ${EXPORT_FORMATS.join('|')} --out OUT [--lang ${LANG_CHOICES}] [--controller ID] [--layout ${EXCEL_LAYOUTS.join('|')}] [--edition ${EDITIONS.join('|')}] [--findings] [--today YYYY-MM-DD]`;

function scoped(register: Register, controllerId: string | undefined, file: string, lang: UiLanguage): Register {
  if (controllerId === undefined) return register;
  try {
    return scopeToController(register, controllerId);
  } catch (error) {
    if (!(error instanceof UnknownOrganisationError)) throw error;
    const controllers = register.organisations
      .filter((o) => o.kind === 'controller' || o.kind === 'joint-controller')
      .map((o) => `${o.id} (${shown(o.name)})`);
    // A register may hold hundreds of organisations: the message names the first few.
    const listed = controllers.slice(0, 10).join(', ') + (controllers.length > 10 ? ', …' : '');
    throw new CliError('unknownController', {
      id: shown(controllerId),
      file,
      controllers: listed || message(lang, 'none'),
    });
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine('ropa export', {
    args: argv,
    options: {
      ...COMMON_OPTIONS,
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      controller: { type: 'string' },
      layout: { type: 'string' },
      edition: { type: 'string' },
      findings: { type: 'boolean' },
      today: { type: 'string' },
    },
  });
  if (values.help) return (io.stdout(exportCommand.help), EXIT.ok);
  const lang = languageOption(values.lang);
  const file = inputFile(positionals, usage);
  const format = formatOption(requiredOption(values.format, '--format', usage), EXPORT_FORMATS);
  const out = requiredOption(values.out, '--out', usage);
  const controllerId =
    values.controller !== undefined ? requiredOption(values.controller, '--controller', usage) : undefined;
  const layout = formatOption(values.layout ?? 'authority', EXCEL_LAYOUTS);
  const edition = formatOption(values.edition ?? 'standard', EDITIONS);
  const now = io.now();
  const today = todayOption(values.today, now);
  if (format === 'folder') return exportFolder(file, out, controllerId, lang, io);
  const exporter = EXPORTERS[format];
  if (!exporter) throw new CliError('formatNotAvailable', { format });
  await checkOutputPath(out);

  const { register } = await readRegisterInput(file);
  const selection = scoped(register, controllerId, file, lang);
  const output = await exporter(register, {
    lang,
    savedAt: now.toISOString(),
    today,
    generator: GENERATOR,
    layout,
    edition,
    includeFindings: values.findings ?? false,
    ...(controllerId !== undefined ? { controllerId } : {}),
  });
  await writeFileAtomic(out, output);
  io.stdout(`${message(lang, 'written', { file: out, fingerprint: fingerprint(selection) })}\n`);
  return EXIT.ok;
}

/** The register folder: one file per record, for a Git repository (a new or empty folder, or a register folder). */
async function exportFolder(
  file: string,
  out: string,
  controllerId: string | undefined,
  lang: UiLanguage,
  io: CliIo,
): Promise<number> {
  await checkFolderOutput(out);
  const { register } = await readRegisterInput(file);
  const selection = scoped(register, controllerId, file, lang);
  await writeRegisterFolder(out, registerToFolder(selection));
  const count = RECORD_KINDS.reduce((sum, kind) => sum + selection[kind].length, 0);
  io.stdout(`${message(lang, 'writtenFolder', { file: out, count, fingerprint: fingerprint(selection) })}\n`);
  return EXIT.ok;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'export the register as a register file, an Excel workbook, a PDF or a register folder for Git',
  usage,
  help: helpText(usage, 'Exports the register, or the part of it that concerns one controller.', [
    ['-f, --format F', `${EXPORT_FORMATS.join(', ')} (available: ${[...Object.keys(EXPORTERS), 'folder'].join(', ')})`],
    [
      '-o, --out OUT',
      'the file to write; replaced whole, or left as it was on failure. folder: a new or empty folder, or a register\n' +
        '                      folder (updated: its files replaced, files of records no longer there removed)',
    ],
    ['--controller ID', "only this controller's activities, its processor activities and what they refer to"],
    ['--layout L', 'xlsx: authority (the GBA/APD register model, default) or complete (every field; imports back)'],
    [
      '--edition E',
      'pdf and authority xlsx: standard (internal fields left out, default) or internal (kept, and said on every page)',
    ],
    ['--findings', 'pdf: list the validation findings in a last part'],
    ['--today YYYY-MM-DD', 'the day findings are computed for (default: today)'],
    LANG_HELP,
    HELP_HELP,
  ]),
  run,
};
