/**
 * `ropa translations export|import`: the exchange with translators on the command line. `export` writes the texts
 * of a language that need translating (missing or outdated) as an XLIFF 2.0 document or a workbook; `import` reads
 * the translated file back and writes the register with the translations that still fit their main text.
 *
 * Here `--lang` names the language of the translations (as in the workspace), so the language of messages and of
 * the file's notes and headers is `--ui-lang`. Errors are therefore described here, in that language, rather than
 * by `run()`, which would take `--lang` for it.
 */
import { fingerprint } from '../../register/canonical';
import { TEXT_LANGUAGES, UI_LANGUAGES, isUiLanguage, type TextLanguage, type UiLanguage } from '../../i18n/languages';
import { writeRegisterFile } from '../../register/registerFile';
import {
  planTranslationImport,
  TranslationFileError,
  writeTranslationXliff,
  type ImportedText,
} from '../../translation/exchange';
import { languageNameInText } from '../../i18n/languages';
import { translationTasks } from '../../translation/translationTasks';
import { formatOption, parseCommandLine, requiredOption, shown } from '../args';
import { CliError, describeFailure, EXIT, message } from '../errors';
import { checkOutputPath, readInputBytes, readRegisterInput, writeFileAtomic } from '../files';
import type { CliIo } from '../io';
import { GENERATOR, HELP_HELP, helpText, type Command } from './command';

const TEXT_CHOICES = TEXT_LANGUAGES.join('|');
const UI_CHOICES = UI_LANGUAGES.join('|');
const FORMATS = ['xliff', 'xlsx'] as const;

const exportUsage = `ropa translations export FILE --lang ${TEXT_CHOICES} --out OUT [--format ${FORMATS.join('|')}] [--ui-lang ${UI_CHOICES}]`;
const importUsage = `ropa translations import FILE TRANSLATED --out OUT [--lang ${TEXT_CHOICES}] [--ui-lang ${UI_CHOICES}]`;
const usage = `ropa translations export|import …`;

/** Exit code of an import that applied nothing: the translated file was refused or brought nothing usable. */
export const NOTHING_APPLIED = 1;

const UI_LANG_HELP: [string, string] = [
  `--ui-lang ${UI_CHOICES}`,
  "language of messages and of the file's notes and headers (default: en)",
];

const OPTIONS = {
  lang: { type: 'string' },
  'ui-lang': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  out: { type: 'string', short: 'o' },
} as const;

/** `--ui-lang` anywhere on the command line, when valid: errors are said in it even when the rest is wrong. */
function requestedUiLanguage(argv: readonly string[]): UiLanguage {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    const value = arg === '--ui-lang' ? argv[i + 1] : arg.startsWith('--ui-lang=') ? arg.slice(10) : undefined;
    if (isUiLanguage(value)) return value;
  }
  return 'en';
}

function uiLanguageOption(value: string | undefined): UiLanguage {
  if (value === undefined) return 'en';
  if (!isUiLanguage(value)) throw new CliError('badLanguage', { value: shown(value), languages: UI_CHOICES });
  return value;
}

function textLanguageOption(value: string): TextLanguage {
  if (!(TEXT_LANGUAGES as readonly string[]).includes(value)) {
    throw new CliError('badLanguage', { value: shown(value), languages: TEXT_LANGUAGES.join(', ') });
  }
  return value as TextLanguage;
}

function positionals(list: readonly string[], count: number, usageLine: string): string[] {
  const extra = list[count];
  if (extra !== undefined) throw new CliError('unexpectedArgument', { argument: shown(extra), usage: usageLine });
  const given = list.slice(0, count);
  if (given.length < count || given.some((p) => p === '')) throw new CliError('missingInput', { usage: usageLine });
  return given;
}

async function runExport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals: args } = parseCommandLine('ropa translations export', {
    args: argv,
    options: { ...OPTIONS, format: { type: 'string', short: 'f' } },
  });
  if (values.help) return (io.stdout(exportHelp), EXIT.ok);
  const ui = uiLanguageOption(values['ui-lang']);
  const [file] = positionals(args, 1, exportUsage) as [string];
  const lang = textLanguageOption(requiredOption(values.lang, '--lang', exportUsage));
  const format = formatOption(values.format ?? 'xliff', FORMATS);
  const out = requiredOption(values.out, '--out', exportUsage);
  await checkOutputPath(out);

  const { register } = await readRegisterInput(file);
  const main = register.meta.mainLanguage;
  if (lang === main) throw new CliError('translationMainLanguage', { language: languageNameInText(lang, ui) });
  const count = translationTasks(register, lang).length;
  let output: string | Uint8Array;
  if (format === 'xliff') output = writeTranslationXliff(register, lang, { ui });
  else {
    // Loaded on demand: ExcelJS is large, and the XLIFF export does not need it.
    const { writeTranslationWorkbook } = await import('../../translation/exchange/translationWorkbook');
    output = await writeTranslationWorkbook(register, lang, { ui });
  }
  await writeFileAtomic(out, output);
  const params = { file: out, count, source: languageNameInText(main, ui), target: languageNameInText(lang, ui) };
  io.stdout(`${message(ui, 'translationsWritten', params)}\n`);
  return EXIT.ok;
}

/** One line per text that was not applied, on standard error, so nothing is dropped silently. */
function reportTexts(io: CliIo, ui: UiLanguage, key: 'translationStale' | 'translationUnknown', texts: ImportedText[]) {
  for (const text of texts) {
    const params = { record: shown(text.record), field: shown(text.field), reason: text.reasonText ?? '' };
    io.stderr(`ropa: ${message(ui, key, params)}\n`);
  }
}

async function runImport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals: args } = parseCommandLine('ropa translations import', { args: argv, options: OPTIONS });
  if (values.help) return (io.stdout(importHelp), EXIT.ok);
  const ui = uiLanguageOption(values['ui-lang']);
  const [file, translated] = positionals(args, 2, importUsage) as [string, string];
  const lang = values.lang !== undefined ? textLanguageOption(values.lang) : undefined;
  const out = requiredOption(values.out, '--out', importUsage);
  await checkOutputPath(out);

  const { register } = await readRegisterInput(file);
  const bytes = await readInputBytes(translated);
  let plan;
  try {
    plan = await planTranslationImport(register, bytes, { ui, ...(lang ? { lang } : {}) });
  } catch (error) {
    if (!(error instanceof TranslationFileError)) throw error;
    io.stderr(`ropa: ${message(ui, 'fileProblem', { file: translated, message: error.localized(ui) })}\n`);
    io.stderr(`ropa: ${message(ui, 'translationsNotWritten', { file: out })}\n`);
    return NOTHING_APPLIED;
  }
  reportTexts(io, ui, 'translationStale', plan.stale);
  reportTexts(io, ui, 'translationUnknown', plan.unknown);
  for (const problem of plan.problems) {
    const params = { at: problem.at, record: shown(problem.record ?? problem.key), field: shown(problem.field ?? '') };
    io.stderr(`ropa: ${message(ui, 'translationProblem', { ...params, reason: problem.reason })}\n`);
  }
  const counts = {
    applied: plan.applied.length,
    stale: plan.stale.length,
    unknown: plan.unknown.length,
    unchanged: plan.unchanged.length,
  };
  io.stdout(`${message(ui, 'translationCounts', { ...counts, language: languageNameInText(plan.lang, ui) })}\n`);
  if (plan.applied.length === 0) {
    io.stderr(`ropa: ${message(ui, 'translationsNotWritten', { file: out })}\n`);
    return NOTHING_APPLIED;
  }
  await writeFileAtomic(
    out,
    writeRegisterFile(plan.register, { savedAt: io.now().toISOString(), generator: GENERATOR }),
  );
  io.stdout(`${message(ui, 'written', { file: out, fingerprint: fingerprint(plan.register) })}\n`);
  return EXIT.ok;
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const ui = requestedUiLanguage(argv);
  const [sub, ...rest] = argv;
  try {
    if (sub === 'export') return await runExport(rest, io);
    if (sub === 'import') return await runImport(rest, io);
    if (sub === '--help' || sub === '-h' || sub === 'help') return (io.stdout(translationsCommand.help), EXIT.ok);
    if (sub === undefined) throw new CliError('missingInput', { usage });
    if (sub.startsWith('-')) throw new CliError('unknownOption', { option: shown(sub), command: 'ropa translations' });
    throw new CliError('unknownCommand', { command: shown(`translations ${sub}`) });
  } catch (error) {
    const { line, exitCode } = describeFailure(error, ui);
    // A bug goes to run(), which shows its stack when asked; everything else is said here, in --ui-lang.
    if (exitCode === EXIT.internal) throw error;
    io.stderr(`ropa: ${line}\n`);
    return exitCode;
  }
}

const EXIT_CODES = [
  'Exit codes: 0 done (import: at least one translation applied, OUT written); 1 import applied nothing and',
  'wrote nothing: TRANSLATED was refused (unreadable, not made by RoPA Desk for translators, in another language)',
  'or every text in it was stale, unknown, unchanged or unreadable; 2 bad input (usage, FILE unreadable or',
  'invalid, OUT cannot be written); 3 internal error.',
].join('\n');

const exportHelp = `${helpText(
  exportUsage,
  'Writes the texts of the register that need translating into a language (missing, or outdated because their\n' +
    'main text changed) for a translator: an XLIFF 2.0 document (for translation tools) or an Excel workbook.\n' +
    'Each text carries its key and the stamp of its main text, so the import knows what it was translated from.',
  [
    ['--lang L', `the language to translate into: ${TEXT_LANGUAGES.join(', ')} (not the main language)`],
    ['-f, --format F', 'xliff (default) or xlsx'],
    ['-o, --out OUT', 'the file to write; replaced whole, or left as it was on failure'],
    UI_LANG_HELP,
    HELP_HELP,
  ],
)}\n${EXIT_CODES}\n`;

const importHelp = `${helpText(
  importUsage,
  'Reads TRANSLATED, a file from "ropa translations export" (or the app) filled in by a translator, and writes the\n' +
    'register FILE with its translations to OUT. A translation is applied only when its main text is unchanged\n' +
    'since the file was made; stale texts (main text changed) and unknown ones (record or text gone) are listed\n' +
    'on standard error with their record and field, and left out. Counts go to standard output.',
  [
    ['-o, --out OUT', 'the register file to write; replaced whole, or left as it was when nothing is applied'],
    ['--lang L', "refuse TRANSLATED unless it is translated into L (default: the file's own language)"],
    UI_LANG_HELP,
    HELP_HELP,
  ],
)}\n${EXIT_CODES}\n`;

export const translationsCommand: Command = {
  name: 'translations',
  summary: 'exchange with translators: export the texts to translate, import the translated file',
  usage: `${exportUsage}\n  ${importUsage}`,
  help: [
    `Usage: ${exportUsage}`,
    `       ${importUsage}`,
    '',
    'The exchange with translators. "export" writes the texts to translate into a language as an XLIFF 2.0',
    'document or a workbook; "import" applies the translated file to the register, refusing texts whose main',
    'text has changed since. Here --lang is the language of the translations; messages follow --ui-lang.',
    'See "ropa translations export --help" and "ropa translations import --help".',
    '',
    EXIT_CODES,
    '',
  ].join('\n'),
  run,
};
