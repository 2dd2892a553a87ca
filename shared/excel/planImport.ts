/**
 * Importing a workbook is planning, not doing: the result is the register as it would be, the differences with the
 * current one and what could not be taken over, for the user to confirm. A workbook that cannot be read at all is
 * refused with a WorkbookImportError before anything else happens, and nothing here writes anywhere.
 */
import type { UiLanguage } from '../i18n/languages';
import { RECORD_KINDS, type Register } from '../model/register';
import { compareRegisters, type RegisterDiff } from '../register/compare';
import { stampRegister } from '../translation/stamping';
import { KIND_LABELS } from '../catalogue/fieldLabels';
import { COLUMN_MAP, LAYOUT_TABLES, type Layout, type TableId } from './columnMap';
import { loadWorkbook } from './excelIo';
import { importAuthority } from './importAuthority';
import { importComplete } from './importComplete';
import { WorkbookImportError } from './importErrors';
import { checkRegister, dropLinksTo, ImportJob, type ImportProblem } from './importShared';
import { gridsOf, headerLanguage, recogniseSheets, type Grid, type RecognisedBook } from './readWorkbook';
import { DEFAULT_MAX_FILE_BYTES, inspectZip, verifyUnpackedSizes } from './zipGuard';

export interface WorkbookImportOptions {
  /** Language of the problems and of refusal messages; default English. */
  lang?: UiLanguage;
  /** Largest file accepted, in bytes; default 50 MB. */
  maxBytes?: number;
}

export interface ImportPlan {
  /** The register after applying the workbook. */
  register: Register;
  /** compareRegisters(current, register). */
  diff: RegisterDiff;
  problems: ImportProblem[];
  layout: Layout;
  /** Sheets whose content was not read: for people only (cover, lists, instructions) or not recognised. */
  ignoredSheets: string[];
}

export async function planWorkbookImport(
  bytes: Uint8Array,
  current: Register,
  options: WorkbookImportOptions = {},
): Promise<ImportPlan> {
  const lang = options.lang ?? 'en';
  const entries = inspectZip(bytes, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES);
  await verifyUnpackedSizes(bytes, entries);
  let book: RecognisedBook;
  let grids: Grid[];
  try {
    grids = gridsOf(await loadWorkbook(bytes));
    book = recogniseSheets(grids);
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
    throw new WorkbookImportError('unreadable', { detail });
  }

  const hasComplete = RECORD_KINDS.some((kind) => book.tables.has(kind));
  const hasAuthority = book.tables.has('authorityRegister');
  if (!hasComplete && !hasAuthority) {
    throw new WorkbookImportError('noRegisterSheet', {
      complete: COLUMN_MAP.activities.sheet[lang],
      authority: COLUMN_MAP.authorityRegister.sheet[lang],
      found: [...book.ignored].map((n) => `"${n}"`).join(', ') || '—',
    });
  }
  const layout: Layout =
    hasComplete && (!hasAuthority || book.info.get('layout') !== 'authority') ? 'complete' : 'authority';
  const exportLang = headerLanguage(book, lang);
  const job = new ImportJob(lang);
  for (const grid of grids)
    for (const { row, col } of grid.cleaned) job.report(grid.name, row, columnLetters(col), 'unsafeTextCleaned');

  const used = new Set<TableId>(layout === 'complete' ? LAYOUT_TABLES.complete : ['authorityRegister']);
  const ignoredSheets = [...book.ignored];
  for (const [id, table] of book.tables) {
    if (!used.has(id)) ignoredSheets.push(table.grid.name);
    else for (const header of table.unknown) job.report(table.grid.name, table.headerRow, header.text, 'unknownColumn');
  }

  const imported =
    layout === 'complete'
      ? importComplete(book, current, job, exportLang)
      : importAuthority(book, current, job, exportLang);
  const cleaned = dropLinksTo(imported.register, imported.removedIds, (kind, record, to, id) =>
    job.report(COLUMN_MAP[kind].sheet[lang], 0, '', 'danglingLink', {
      kind: KIND_LABELS[to].one[lang],
      value: `${record.name} → ${id}`,
    }),
  );
  // Main texts changed in the workbook make the translations made from them outdated; texts translated in it are
  // stamped as made from today's main text (shared/translation/stamping.ts).
  const checked = checkRegister(stampRegister(current, cleaned));
  if (!checked.ok) throw new WorkbookImportError('invalidResult', { path: checked.path, detail: checked.detail });
  return {
    register: checked.register,
    diff: compareRegisters(current, checked.register),
    problems: job.problems,
    layout,
    ignoredSheets: ignoredSheets.sort((a, b) => book.order.indexOf(a) - book.order.indexOf(b)),
  };
}

/** A column number as the letters a spreadsheet shows (1 → A, 27 → AA). */
function columnLetters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}
