/**
 * Importing a register kept in another spreadsheet, as one plan: read the file (any of xlsx, ods, csv, tsv), find the
 * table of processing activities, map its columns (proposed from the header words and values, or a saved mapping, or
 * what the DPO chose on the mapping screen), build the records into the current register or a new one, and compare.
 * In two steps for the mapping screen (`analyseSpreadsheet`, then `buildSpreadsheetImport` as often as the DPO changes
 * a mapping, without reading the file again), in one for the CLI (`planSpreadsheetImport`). Nothing here writes: the
 * caller applies the plan's register whole, or not at all.
 */
import type { TextLanguage, UiLanguage } from '../i18n/languages';
import { emptyRegister, type Register } from '../model/register';
import { compareRegisters, type RegisterDiff } from '../register/compare';
import { checkRegister } from '../excel/importShared';
import { stampRegister } from '../translation/stamping';
import { buildRegister, type ImportReport } from './build';
import { applySavedMapping, proposeImport, savedMappingFit, type ImportKind } from './mapping';
import { readSourceBook, type ReadBook } from './readers';
import { analyseSourceBook, type FoundTable, type FormSheet } from './tableFinder';
import type { ColumnMapping, SavedMapping } from './types';
import { SpreadsheetImportError } from './planError';

export { SpreadsheetImportError } from './planError';

export interface AnalyseOptions {
  /** Language of the proposals' reasons and of refusals; default English. */
  lang?: UiLanguage;
  maxBytes?: number;
  /** Saved mappings to choose from: the one that fits the table's header best is used, if it fits well enough. */
  savedMappings?: readonly SavedMapping[];
}

export interface SpreadsheetAnalysis {
  fileName: string;
  book: ReadBook;
  /** The table imported from (the best found), and the other candidates for the DPO to choose instead. */
  table: FoundTable;
  tables: FoundTable[];
  /** Sheets laid out as forms (one record per sheet): reported, not read. */
  forms: FormSheet[];
  kind: ImportKind;
  language: TextLanguage;
  /** One mapping per column of the table, in column order. */
  columns: ColumnMapping[];
  /** The saved mapping used for `columns`, when one fitted. */
  savedMapping?: SavedMapping;
}

/** How well a saved mapping must fit a header (share of its columns found) to be used without asking. */
export const SAVED_MAPPING_FIT = 0.8;

export async function analyseSpreadsheet(
  bytes: Uint8Array,
  fileName: string,
  options: AnalyseOptions = {},
): Promise<SpreadsheetAnalysis> {
  const lang = options.lang ?? 'en';
  const book = await readSourceBook(
    bytes,
    fileName,
    options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {},
  );
  const { tables, forms } = analyseSourceBook(book);
  const table = tables.find((t) => t.kind !== 'other') ?? tables[0];
  if (!table)
    throw new SpreadsheetImportError('noRegisterTable', { sheets: book.sheets.map((s) => s.name).join(', ') });
  const sheet = book.sheets.find((s) => s.name === table.sheet);
  if (!sheet) throw new SpreadsheetImportError('noRegisterTable', { sheets: table.sheet });
  const proposal = proposeImport(sheet, table, { lang });
  const saved = bestSavedMapping(table, options.savedMappings ?? []);
  const columns = saved ? applySavedMapping(table, saved, lang) : proposal.columns;
  if (!columns.some((c) => c.target !== undefined)) {
    throw new SpreadsheetImportError('noRegisterTable', { sheets: book.sheets.map((s) => s.name).join(', ') });
  }
  return {
    fileName,
    book,
    table,
    tables,
    forms,
    kind: proposal.kind,
    language: saved?.language ?? proposal.language,
    columns,
    ...(saved ? { savedMapping: saved } : {}),
  };
}

function bestSavedMapping(table: FoundTable, saved: readonly SavedMapping[]): SavedMapping | undefined {
  let best: SavedMapping | undefined;
  let bestFit = SAVED_MAPPING_FIT;
  for (const mapping of saved) {
    const fit = savedMappingFit(table, mapping);
    if (fit >= bestFit) {
      best = mapping;
      bestFit = fit;
    }
  }
  return best;
}

export interface BuildImportOptions {
  lang?: UiLanguage;
  /** Into the current register (matched on processing number, then name) or into a new, empty one. */
  into?: 'current' | 'new';
  /** The mapping to use instead of the analysis's (the mapping screen's choices). */
  columns?: readonly ColumnMapping[];
  /** The language the source texts are in, instead of the guessed one. */
  language?: TextLanguage;
  today?: string;
}

export interface SpreadsheetImportPlan {
  analysis: SpreadsheetAnalysis;
  columns: ColumnMapping[];
  /** The register after the import. */
  register: Register;
  /** compareRegisters(the register imported into, register). */
  diff: RegisterDiff;
  report: ImportReport;
}

export function buildSpreadsheetImport(
  analysis: SpreadsheetAnalysis,
  current: Register,
  options: BuildImportOptions = {},
): SpreadsheetImportPlan {
  const columns = [...(options.columns ?? analysis.columns)];
  const base =
    options.into === 'new' ? emptyRegister({ mainLanguage: options.language ?? analysis.language }) : current;
  const built = buildRegister(analysis.book, analysis.table, columns, base, {
    ...(options.lang ? { lang: options.lang } : {}),
    language: options.language ?? analysis.language,
    kind: analysis.kind,
    ...(options.today ? { today: options.today } : {}),
  });
  // Main texts the file changed make their translations outdated (shared/translation/stamping.ts).
  const checked = checkRegister(stampRegister(base, built.register));
  if (!checked.ok) throw new SpreadsheetImportError('invalidResult', { path: checked.path, detail: checked.detail });
  const records = built.report.rows.records;
  if (records === 0) throw new SpreadsheetImportError('noRecords', { sheet: analysis.table.sheet });
  return {
    analysis,
    columns,
    register: checked.register,
    diff: compareRegisters(base, checked.register),
    report: built.report,
  };
}

/** Both steps at once, with the proposed (or a saved) mapping: what `ropa import` does. */
export async function planSpreadsheetImport(
  bytes: Uint8Array,
  fileName: string,
  current: Register,
  options: AnalyseOptions & BuildImportOptions = {},
): Promise<SpreadsheetImportPlan> {
  const analysis = await analyseSpreadsheet(bytes, fileName, options);
  return buildSpreadsheetImport(analysis, current, options);
}
