/**
 * The texts of a language to translate as an Excel workbook, for translators who work in a spreadsheet, and the
 * filled-in workbook read back.
 *
 * One sheet of texts, a row per text: key (hidden), record, field, the text in the main language, the translation
 * (to fill in: the only unlocked column, formatted as text so that Excel keeps a typed `=…` as text), the earlier
 * translation of an outdated text (for reference: an empty translation cell means "not translated", so an outdated
 * translation is never sent back unrevised by accident), and the source stamp (hidden). Headers are in the
 * interface language; columns are read by position, so the header's language does not matter when reading.
 * A hidden sheet holds what makes the workbook ours: the layout's name and version and the two languages.
 * The sheet is protected without a password, against edits of keys and stamps by mistake, not against intent.
 */
import type ExcelJS from 'exceljs';
import { CellError, fitCell, xlsxText } from '../../excel/cells';
import { loadWorkbook, newWorkbook, readCell, workbookBytes } from '../../excel/excelIo';
import { WorkbookImportError } from '../../excel/importErrors';
import { DEFAULT_MAX_FILE_BYTES, inspectZip, verifyUnpackedSizes } from '../../excel/zipGuard';
import type { TextLanguage, UiLanguage } from '../../i18n/languages';
import { translate, type MessageParams } from '../../i18n/translate';
import type { Register } from '../../model/register';
import { normaliseText, unsafeTextReason } from '../../register/textSafety';
import { TranslationFileError } from './errors';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  exchangeItems,
  type EntryProblem,
  type ExchangeEntry,
  type ExchangeFile,
  type WriteOptions,
} from './exchangeFile';
import { languageNameInText } from '../../i18n/languages';
import { FILE_TEXTS, type FileTextKey } from './messages';

/** The hidden sheet that marks the workbook as ours; its name is the same in every language. */
export const INFO_SHEET = 'RoPA Desk';

/** Column numbers (1-based) of the sheet of texts. */
export const COLUMNS = { key: 1, record: 2, field: 3, source: 4, translation: 5, previous: 6, stamp: 7 } as const;

const FONT = { name: 'Calibri', size: 10 } as const;
const TOP_WRAP: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: true };
const STYLES = {
  header: {
    font: { ...FONT, bold: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
    alignment: { vertical: 'middle', wrapText: true },
  } as Partial<ExcelJS.Style>,
  text: { font: FONT, alignment: TOP_WRAP, protection: { locked: true } } as Partial<ExcelJS.Style>,
  muted: {
    font: { ...FONT, color: { argb: 'FF595959' } },
    alignment: TOP_WRAP,
    protection: { locked: true },
  } as Partial<ExcelJS.Style>,
  /** The cell to fill in: unlocked, text format (`@`), a light fill that says "write here". */
  translation: {
    font: FONT,
    alignment: TOP_WRAP,
    numFmt: '@',
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } },
    protection: { locked: false },
  } as Partial<ExcelJS.Style>,
};

/** The workbook of the texts of `lang` that need translating (missing or outdated). */
export async function writeTranslationWorkbook(
  register: Register,
  lang: TextLanguage,
  options: WriteOptions = {},
): Promise<Uint8Array> {
  const ui: UiLanguage = options.ui ?? 'en';
  const main = register.meta.mainLanguage;
  const words = (key: FileTextKey, params: MessageParams = {}): string => translate(FILE_TEXTS, ui, key, params);
  const items = exchangeItems(register, lang, ui);
  const workbook = newWorkbook();
  workbook.creator = 'RoPA Desk';
  workbook.title = words('fileNote', {
    title: register.meta.title,
    source: languageNameInText(main, ui),
    target: languageNameInText(lang, ui),
  });

  const sheet = workbook.addWorksheet(words('sheetName'), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  sheet.columns = [
    { key: 'key', width: 12, hidden: true },
    { key: 'record', width: 28 },
    { key: 'field', width: 18 },
    { key: 'source', width: 60 },
    { key: 'translation', width: 60 },
    { key: 'previous', width: 40 },
    { key: 'stamp', width: 18, hidden: true },
  ];
  const headers = [
    words('key'),
    words('record'),
    words('field'),
    words('source', { language: languageNameInText(main, ui) }),
    words('translation', { language: languageNameInText(lang, ui) }),
    words('previous'),
    words('stamp'),
  ];
  const head = sheet.getRow(1);
  headers.forEach((text, i) => {
    const cell = head.getCell(i + 1);
    cell.value = xlsxText(text);
    cell.style = STYLES.header;
  });
  items.forEach((item, i) => {
    const row = sheet.getRow(i + 2);
    const put = (column: number, text: string | undefined, style: Partial<ExcelJS.Style>): void => {
      const cell = row.getCell(column);
      // Strings only, escaped for OOXML: ExcelJS writes them as shared strings, never as formulas.
      if (text !== undefined && text !== '') cell.value = xlsxText(fitCell(text, ui) as string);
      cell.style = style;
    };
    put(COLUMNS.key, item.key, STYLES.muted);
    put(COLUMNS.record, item.record, STYLES.text);
    put(COLUMNS.field, item.field, STYLES.text);
    // A text longer than a cell holds is shown shortened, with a note: it is only there to be read.
    put(COLUMNS.source, item.source, STYLES.text);
    put(COLUMNS.translation, undefined, STYLES.translation);
    put(COLUMNS.previous, item.previous, STYLES.muted);
    put(COLUMNS.stamp, item.stamp, STYLES.muted);
  });
  sheet.autoFilter = { from: { row: 1, column: COLUMNS.record }, to: { row: 1, column: COLUMNS.previous } };
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
  });

  const info = workbook.addWorksheet(INFO_SHEET, { state: 'hidden' });
  const facts: [string, string][] = [
    ['format', EXCHANGE_FORMAT],
    ['version', String(EXCHANGE_VERSION)],
    ['sourceLanguage', main],
    ['targetLanguage', lang],
  ];
  facts.forEach(([name, value], i) => {
    info.getCell(i + 1, 1).value = name;
    info.getCell(i + 1, 2).value = value;
  });
  return workbookBytes(workbook);
}

export interface ReadWorkbookOptions {
  /** Largest file accepted, in bytes; default 50 MB, as for workbook imports. */
  maxBytes?: number;
}

/** A read cell as text; rich text, numbers and dates as a person would read them. */
function cellString(cell: ExcelJS.Cell): string {
  const value = readCell(cell);
  if (value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** Reads a workbook written by `writeTranslationWorkbook` and filled in by a translator. */
export async function readTranslationWorkbook(
  bytes: Uint8Array,
  options: ReadWorkbookOptions = {},
): Promise<ExchangeFile> {
  let workbook: ExcelJS.Workbook;
  try {
    // The guards of every workbook import: size, encryption, zip bombs, damage.
    const entries = inspectZip(bytes, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES);
    await verifyUnpackedSizes(bytes, entries);
    try {
      workbook = await loadWorkbook(bytes);
    } catch (error) {
      const detail = error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
      throw new WorkbookImportError('unreadable', { detail });
    }
  } catch (error) {
    if (error instanceof WorkbookImportError) throw new TranslationFileError('workbook', {}, error);
    throw error;
  }

  const info = workbook.getWorksheet(INFO_SHEET);
  const facts = new Map<string, string>();
  info?.eachRow((row) => {
    const name = row.getCell(1).value;
    const value = row.getCell(2).value;
    if (typeof name === 'string' && typeof value === 'string') facts.set(name, value);
  });
  const sheet = workbook.worksheets.find((s) => s.name !== INFO_SHEET);
  if (facts.get('format') !== EXCHANGE_FORMAT || !sheet) {
    throw new TranslationFileError('noTextSheet', { info: INFO_SHEET });
  }

  const entries: ExchangeEntry[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const at = { row: rowNumber };
    // Key, stamp and names that became a formula or an error value are no longer ours: read as absent.
    const read = (column: number): string => {
      try {
        return cellString(row.getCell(column));
      } catch {
        return '';
      }
    };
    const key = read(COLUMNS.key).trim();
    const stamp = read(COLUMNS.stamp).trim();
    const source = read(COLUMNS.source);
    const record = read(COLUMNS.record);
    const field = read(COLUMNS.field);
    let target = '';
    let refused: EntryProblem | undefined;
    try {
      target = cellString(row.getCell(COLUMNS.translation));
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      const reason = error.reason === 'formula' || error.reason === 'errorValue' ? error.reason : 'notText';
      refused = { key: reason, params: error.params };
    }
    // A row with nothing in it (a translator's spacing, a deleted row) is not a text.
    if (key === '' && stamp === '' && target.trim() === '' && !refused) return;
    let cleaned = false;
    if (unsafeTextReason(target) !== undefined) {
      target = normaliseText(target);
      cleaned = true;
    }
    entries.push({
      at,
      key,
      source,
      target,
      reviewed: true,
      record,
      field,
      ...(stamp !== '' ? { stamp } : {}),
      ...(refused ? { refused } : {}),
      ...(cleaned ? { cleaned } : {}),
    });
  });
  return {
    format: 'xlsx',
    marked: true,
    entries,
    sourceLanguage: facts.get('sourceLanguage'),
    targetLanguage: facts.get('targetLanguage'),
  };
}
