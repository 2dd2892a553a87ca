/**
 * Importing a register kept in another spreadsheet, as one plan: read the file (any of xlsx, ods, csv, tsv), find the
 * table of processing activities, map its columns (proposed from the header words and values, or a saved mapping, or
 * what the DPO chose on the mapping screen), build the records into the current register or a new one, and compare.
 * In two steps for the mapping screen (`analyseSpreadsheet`, then `buildSpreadsheetImport` as often as the DPO changes
 * a mapping, without reading the file again), in one for the CLI (`planSpreadsheetImport`). Sheets laid out as
 * forms (one processing per sheet, as the CNIL's fiches) are read too, one record each, after the table and merged
 * with its records by number or name. Nothing here writes: the caller applies the plan's register whole, or not at
 * all. RoPA Desk's own workbooks are not read here but by the workbook import (`isRopaDeskWorkbook` tells them).
 */
import type { TextLanguage, UiLanguage } from '../i18n/languages';
import { emptyRegister, type Register } from '../model/register';
import { compareRegisters, type RegisterDiff } from '../register/compare';
import { checkRegister } from '../excel/importShared';
import { stampRegister } from '../translation/stamping';
import { INFO_SHEET } from '../excel/columnMap';
import { WORKBOOK_FORMAT } from '../excel/exportWorkbook';
import { buildRegister, type ImportReport } from './build';
import { buildForms } from './build/buildForms';
import { formsLanguage, readForms, type FormRecord } from './formRecords';
import { applySavedMapping, proposeImport, savedMappingFit, type ImportKind } from './mapping';
import { readSourceBook, type ReadBook } from './readers';
import { analyseSourceBook, type FoundTable, type FormSheet } from './tableFinder';
import type { ColumnMapping, SavedMapping, SourceBook } from './types';
import { SpreadsheetImportError } from './planError';

export { SpreadsheetImportError } from './planError';

export interface AnalyseOptions {
  /** Language of the proposals' reasons and of refusals; default English. */
  lang?: UiLanguage;
  maxBytes?: number;
  /** Saved mappings to choose from: the one that fits the table's header best is used, if it fits well enough. */
  savedMappings?: readonly SavedMapping[];
  /** A saved mapping the user chose (`ropa import --mapping`): used whatever its fit, which the analysis gives. */
  mapping?: SavedMapping;
}

export interface SpreadsheetAnalysis {
  fileName: string;
  book: ReadBook;
  /** The table imported from (the best found), and the other candidates for the DPO to choose instead. */
  table: FoundTable;
  tables: FoundTable[];
  /** Sheets laid out as forms (one record per sheet), as the table finder saw them. */
  forms: FormSheet[];
  /** The forms that name a processing, read as records: built after the table (see `BuildImportOptions.forms`). */
  formRecords: FormRecord[];
  /** Form sheets with values but no processing name (an unfilled template): reported, not imported. */
  unnamedForms: string[];
  kind: ImportKind;
  language: TextLanguage;
  /** One mapping per column of the table, in column order. */
  columns: ColumnMapping[];
  /** The saved mapping used for `columns`, when one fitted (or was chosen). */
  savedMapping?: SavedMapping;
  /** 0..1: the share of the table's columns the saved mapping knows. */
  savedMappingFit?: number;
}

/** How well a saved mapping must fit a header (share of its columns found) to be used without asking. */
export const SAVED_MAPPING_FIT = 0.8;

export async function analyseSpreadsheet(
  bytes: Uint8Array,
  fileName: string,
  options: AnalyseOptions = {},
): Promise<SpreadsheetAnalysis> {
  const book = await readSourceBook(
    bytes,
    fileName,
    options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {},
  );
  return analyseReadBook(book, fileName, options);
}

/** `analyseSpreadsheet` for a book already read (the CLI reads it once to tell RoPA Desk's own workbooks apart). */
export function analyseReadBook(book: ReadBook, fileName: string, options: AnalyseOptions = {}): SpreadsheetAnalysis {
  const lang = options.lang ?? 'en';
  const refuse = () =>
    new SpreadsheetImportError('noRegisterTable', { sheets: book.sheets.map((s) => s.name).join(', ') });
  const { tables, forms } = analyseSourceBook(book);
  const primary = tables.find((t) => t.kind !== 'other');
  // A sheet whose name says it holds something else (lists of values) is the table only when there are no forms.
  const fromForms = primary ? undefined : readForms(book, forms, 'activities', lang);
  const found = primary ?? (fromForms?.records.length ? undefined : tables[0]);
  const sheet = found ? book.sheets.find((s) => s.name === found.sheet) : undefined;
  const proposal = found && sheet ? proposeImport(sheet, found, { lang }) : undefined;
  const kind: ImportKind = proposal?.kind ?? 'activities';
  const { records: formRecords, unnamed: unnamedForms } =
    fromForms && kind === 'activities' ? fromForms : readForms(book, forms, kind, lang);
  if (!found || !sheet || !proposal) {
    // A workbook of fiches only: no table to map, the forms are the records.
    const first = formRecords[0];
    if (!first) throw refuse();
    return {
      fileName,
      book,
      table: { sheet: first.sheet, headerRows: [], firstDataRow: 1, columns: [], confidence: 0, kind, evidence: [] },
      tables,
      forms,
      formRecords,
      unnamedForms,
      kind,
      language: formsLanguage(formRecords, 'en'),
      columns: [],
    };
  }
  const fit = (mapping: SavedMapping) => savedMappingFit(found, mapping);
  const saved = options.mapping ?? bestSavedMapping(found, options.savedMappings ?? []);
  const columns = saved ? applySavedMapping(found, saved, lang) : proposal.columns;
  if (!columns.some((c) => c.target !== undefined) && formRecords.length === 0) throw refuse();
  return {
    fileName,
    book,
    table: found,
    tables,
    forms,
    formRecords,
    unnamedForms,
    kind: proposal.kind,
    language: saved?.language ?? proposal.language,
    columns,
    ...(saved ? { savedMapping: saved, savedMappingFit: fit(saved) } : {}),
  };
}

/**
 * A workbook RoPA Desk wrote (either layout, edited or not): its hidden information sheet says so. Such a workbook is
 * imported by the workbook import (`shared/excel/planImport.ts`), which reads back ids and every field.
 */
export function isRopaDeskWorkbook(book: SourceBook): boolean {
  const info = book.sheets.find((s) => s.name === INFO_SHEET);
  if (!info || book.format !== 'xlsx') return false;
  for (const cells of info.rows.values()) if (cells[1] === 'format') return cells[2] === WORKBOOK_FORMAT;
  return false;
}

/** The saved mapping that fits the table's header best, when one fits well enough to be used without asking. */
export function bestSavedMapping(table: FoundTable, saved: readonly SavedMapping[]): SavedMapping | undefined {
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
  /** Whether the form sheets that name a processing are imported too (default: yes). */
  forms?: boolean;
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
  const buildOptions = {
    ...(options.lang ? { lang: options.lang } : {}),
    language: options.language ?? analysis.language,
    kind: analysis.kind,
    ...(options.today ? { today: options.today } : {}),
  };
  let built = buildRegister(analysis.book, analysis.table, columns, base, buildOptions);
  if (options.forms !== false && (analysis.formRecords.length > 0 || analysis.unnamedForms.length > 0)) {
    const reading = { records: analysis.formRecords, unnamed: analysis.unnamedForms };
    built = buildForms(built.register, built.report, reading, { ...buildOptions, format: analysis.book.format });
  }
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
