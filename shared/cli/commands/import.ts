/**
 * `ropa import IN --out FILE`: reads a register — a register file (an older version too), a workbook RoPA Desk wrote,
 * or any spreadsheet a DPO kept elsewhere (.xlsx, .ods, .csv, .tsv) with the automatic column mapping or a saved one
 * — into a new register or merged into a current one, and writes it as a register file of the current version.
 * Nothing is written when the input holds no processing activity: a refusal says what was looked for.
 */
import path from 'node:path';
import { KIND_LABELS } from '../../catalogue/fieldLabels';
import { emptyRegister, type Register } from '../../model/register';
import { fingerprint } from '../../register/canonical';
import { excerptText } from '../../register/excerpt';
import { FILE_VERSION } from '../../register/fileVersion';
import { writeRegisterFile } from '../../register/registerFile';
import { saveMapping, savedMappingSchema } from '../../spreadsheetImport/mapping';
import {
  analyseReadBook,
  buildSpreadsheetImport,
  isRopaDeskWorkbook,
  SAVED_MAPPING_FIT,
  type SpreadsheetImportPlan,
} from '../../spreadsheetImport/planSpreadsheetImport';
import { readSourceBook, SpreadsheetReadError, type ReadBook } from '../../spreadsheetImport/readers';
import type { SavedMapping } from '../../spreadsheetImport/types';
import { COMMON_OPTIONS, inputFile, languageOption, parseCommandLine, requiredOption } from '../args';
import { CliError, EXIT, message, SpreadsheetRefusal } from '../errors';
import { checkOutputPath, decodeText, readInputBytes, readRegisterInput, writeFileAtomic } from '../files';
import { isFolder, readRegisterFolderInput } from '../folders';
import { IMPORTERS } from '../formats';
import type { CliIo } from '../io';
import { localDate } from '../io';
import { GENERATOR, HELP_HELP, helpText, LANG_HELP, type Command } from './command';
import type { UiLanguage } from '../../i18n/languages';

const usage =
  'ropa import IN|DIR --out FILE [--mapping MAPPING.json] [--report REPORT.json] [--into CURRENT.ropa.json]';

/** What the input is, told by its bytes first and its name second. */
type Input = { kind: 'register' } | { kind: 'workbook' } | { kind: 'spreadsheet'; book: ReadBook };

const ZIP = [0x50, 0x4b];
const SPREADSHEET_EXTENSIONS = /\.(?:xlsx|xlsm|ods|csv|tsv|txt)$/i;

/** A register file is JSON: an object (or, refused with its reason, an array) after a possible byte-order mark. */
function looksLikeJson(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x7b || bytes[i] === 0x5b;
}

async function identify(file: string, bytes: Uint8Array): Promise<Input> {
  const zip = ZIP.every((b, i) => bytes[i] === b);
  if (!zip && !SPREADSHEET_EXTENSIONS.test(file) && looksLikeJson(bytes)) return { kind: 'register' };
  let book: ReadBook;
  try {
    book = await readSourceBook(bytes, file);
  } catch (error) {
    if (!(error instanceof SpreadsheetReadError)) throw error;
    if (error.reason === 'zipNotSpreadsheet') throw new CliError('zipNotSpreadsheetOrRegister', { file });
    if (error.reason === 'notASpreadsheet') throw new CliError('notSpreadsheetOrRegister', { file });
    throw new SpreadsheetRefusal(file, error);
  }
  return isRopaDeskWorkbook(book) ? { kind: 'workbook' } : { kind: 'spreadsheet', book };
}

async function readMapping(file: string): Promise<SavedMapping> {
  const text = decodeText(file, await readInputBytes(file));
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError('badMapping', { file, detail: excerptText(String((error as Error).message), 120) });
  }
  const parsed = savedMappingSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = `${issue?.path.join('.') || '/'}: ${issue?.message ?? 'invalid'}`;
    throw new CliError('badMapping', { file, detail: excerptText(detail, 160) });
  }
  return parsed.data;
}

interface Options {
  input: string;
  out: string;
  report?: string;
  into?: string;
  mapping?: SavedMapping;
  lang: UiLanguage;
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine('ropa import', {
    args: argv,
    options: {
      ...COMMON_OPTIONS,
      out: { type: 'string', short: 'o' },
      mapping: { type: 'string', short: 'm' },
      report: { type: 'string', short: 'r' },
      into: { type: 'string' },
    },
  });
  if (values.help) return (io.stdout(importCommand.help), EXIT.ok);
  const lang = languageOption(values.lang);
  const input = inputFile(positionals, usage);
  const out = requiredOption(values.out, '--out', usage);
  const report = values.report !== undefined ? requiredOption(values.report, '--report', usage) : undefined;
  const into = values.into !== undefined ? requiredOption(values.into, '--into', usage) : undefined;
  const mappingFile = values.mapping !== undefined ? requiredOption(values.mapping, '--mapping', usage) : undefined;
  await checkOutputPath(out);
  if (report !== undefined) await checkOutputPath(report);

  if (await isFolder(input)) {
    if (into !== undefined) throw new CliError('folderInto', { file: input });
    return importFolder(input, out, report, lang, io);
  }
  // Everything is read and checked before anything is written: a refusal leaves OUT and REPORT as they were.
  const mapping = mappingFile !== undefined ? await readMapping(mappingFile) : undefined;
  const current = into !== undefined ? (await readRegisterInput(into)).register : undefined;
  const bytes = await readInputBytes(input);
  const options: Options = {
    input,
    out,
    lang,
    ...(report !== undefined ? { report } : {}),
    ...(into !== undefined ? { into } : {}),
    ...(mapping ? { mapping } : {}),
  };
  const source = await identify(input, bytes);
  if (source.kind === 'register' && into !== undefined) throw new CliError('intoRegisterFile', { file: input });
  if (source.kind === 'spreadsheet') return importSpreadsheet(source.book, current, options, io);
  return importRegister(source.kind === 'workbook' ? 'xlsx' : 'json', bytes, current, options, io);
}

/** A register file or a workbook RoPA Desk wrote: read as before (the workbook import keeps ids and every field). */
async function importRegister(
  format: 'json' | 'xlsx',
  bytes: Uint8Array,
  current: Register | undefined,
  options: Options,
  io: CliIo,
): Promise<number> {
  const { input, out, lang } = options;
  const importer = IMPORTERS[format];
  if (!importer) throw new CliError('formatNotAvailable', { format });
  const {
    register,
    fileVersion,
    problems = [],
  } = await importer(bytes, {
    file: input,
    lang,
    ...(current ? { current } : {}),
  });
  // Unreadable cells do not stop the import; each one is reported so nothing is lost silently.
  for (const problem of problems) io.stderr(`ropa: ${problem}\n`);
  const fp = fingerprint(register);
  if (options.report !== undefined) {
    const source = format === 'json' ? 'register-file' : 'ropa-desk-workbook';
    await writeFileAtomic(options.report, reportJson({ source, input, output: out, fingerprint: fp, problems }));
  }
  await writeFileAtomic(out, writeRegisterFile(register, { savedAt: io.now().toISOString(), generator: GENERATOR }));
  const params = { input, file: out, from: fileVersion ?? format, to: FILE_VERSION, fingerprint: fp };
  io.stdout(`${message(lang, 'imported', params)}\n`);
  if (options.report !== undefined) io.stdout(`${message(lang, 'reportWritten', { file: options.report })}\n`);
  return EXIT.ok;
}

/** A register folder (the files a team keeps in Git): read, migrated and checked whole, written as one file. */
async function importFolder(
  input: string,
  out: string,
  report: string | undefined,
  lang: UiLanguage,
  io: CliIo,
): Promise<number> {
  const { register, fileVersion, fingerprint: fp } = await readRegisterFolderInput(input);
  if (report !== undefined) {
    await writeFileAtomic(
      report,
      reportJson({ source: 'register-folder', input, output: out, fingerprint: fp, problems: [] }),
    );
  }
  await writeFileAtomic(out, writeRegisterFile(register, { savedAt: io.now().toISOString(), generator: GENERATOR }));
  io.stdout(
    `${message(lang, 'imported', { input, file: out, from: fileVersion, to: FILE_VERSION, fingerprint: fp })}\n`,
  );
  if (report !== undefined) io.stdout(`${message(lang, 'reportWritten', { file: report })}\n`);
  return EXIT.ok;
}

/** Any other spreadsheet: the table of processing activities found, mapped, built; a report of all of it. */
async function importSpreadsheet(
  book: ReadBook,
  current: Register | undefined,
  options: Options,
  io: CliIo,
): Promise<number> {
  const { input, out, lang, mapping } = options;
  const analysis = analyseReadBook(book, input, { lang, ...(mapping ? { mapping } : {}) });
  const fit = analysis.savedMappingFit;
  if (mapping && fit !== undefined && fit < SAVED_MAPPING_FIT) {
    const share = Math.round(fit * 100);
    io.stderr(`ropa: ${message(lang, 'mappingFit', { name: mapping.name, share, sheet: analysis.table.sheet })}\n`);
  }
  const plan = buildSpreadsheetImport(analysis, current ?? emptyRegister(), {
    lang,
    into: current ? 'current' : 'new',
    today: localDate(io.now()),
  });
  const fp = fingerprint(plan.register);
  if (options.report !== undefined)
    await writeFileAtomic(options.report, reportJson(spreadsheetReport(plan, options, fp)));
  await writeFileAtomic(
    out,
    writeRegisterFile(plan.register, { savedAt: io.now().toISOString(), generator: GENERATOR }),
  );
  const { report } = plan;
  const linked = report.created.filter((c) => c.kind !== report.kind).length;
  const problems = report.cells.filter((c) => c.row > 0).length;
  const lines = [
    message(lang, 'importedSpreadsheet', { input, sheet: report.sheet, file: out, fingerprint: fp }),
    message(lang, 'importedRecords', {
      records: capitalised(KIND_LABELS[report.kind].many[lang]),
      created: report.counts[report.kind].created,
      updated: report.counts[report.kind].updated,
      linked,
    }),
    message(lang, 'importedColumns', {
      mapped: report.columns.mapped.length,
      ignored: report.columns.ignored.length,
      forms: report.forms?.length ?? 0,
      problems,
    }),
  ];
  if (options.report !== undefined) lines.push(message(lang, 'reportWritten', { file: options.report }));
  io.stdout(`${lines.join('\n')}\n`);
  if (problems > 0 && options.report === undefined)
    io.stderr(`ropa: ${message(lang, 'problemsNote', { count: problems })}\n`);
  return EXIT.ok;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The report file: what was read and how (format, sheet, header rows, language, the mapping — in the saved-mapping
 * format, so it can be edited and passed back with --mapping), and the import report itself.
 */
function spreadsheetReport(plan: SpreadsheetImportPlan, options: Options, fp: string): Record<string, unknown> {
  const { analysis } = plan;
  const { table, book } = analysis;
  const name = options.mapping?.name ?? path.basename(options.input);
  return {
    source: 'spreadsheet',
    input: options.input,
    output: options.out,
    fingerprint: fp,
    read: {
      format: book.format,
      ...(book.encoding ? { encoding: book.encoding } : {}),
      ...(book.separator ? { separator: book.separator } : {}),
      sheet: table.sheet,
      headerRows: table.headerRows,
      firstDataRow: table.firstDataRow,
      kind: analysis.kind,
      language: analysis.language,
      ...(analysis.savedMappingFit !== undefined ? { savedMappingFit: analysis.savedMappingFit } : {}),
    },
    mapping: saveMapping(name, table, plan.columns, analysis.language),
    report: plan.report,
  };
}

function reportJson(body: Record<string, unknown>): string {
  return `${JSON.stringify({ format: 'ropa-import-report', version: 1, ...body }, null, 2)}\n`;
}

export const importCommand: Command = {
  name: 'import',
  summary:
    'read a register (a register file or folder, a RoPA Desk workbook or any spreadsheet) and write a register file',
  usage,
  help: helpText(
    usage,
    'Reads IN and writes it to FILE as a register file of the current version. IN may be a register folder (DIR,\n' +
      'as `ropa export --format folder` writes it and a team keeps it in Git), a register file of this\n' +
      'or an older version (migrated), a workbook RoPA Desk wrote (either layout, also edited by others), or a\n' +
      'register kept in any spreadsheet: an Excel workbook (.xlsx), an OpenDocument spreadsheet (.ods), or a CSV or\n' +
      'TSV file (UTF-8 or Windows-1252; comma, semicolon or tab). In a spreadsheet the table of processing activities\n' +
      'and its header are found, its columns mapped to register fields (automatically, or by --mapping), and sheets\n' +
      'laid out as forms (one processing per sheet) read too. A file in which no processing activity is found is\n' +
      'refused (exit 2) and nothing is written.',
    [
      ['-o, --out FILE', 'the register file to write; replaced whole, or left as it was on failure'],
      ['-m, --mapping MAPPING.json', 'a saved column mapping (from the app, or the "mapping" of a --report)'],
      ['-r, --report REPORT.json', 'write the full report: columns mapped and ignored, values not understood, records'],
      ['--into CURRENT.ropa.json', 'merge into this register (matched on processing number, then name)'],
      LANG_HELP,
      HELP_HELP,
    ],
  ),
  run,
};
