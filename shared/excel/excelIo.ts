/**
 * The few places that touch ExcelJS's own types: bytes in and out, range validation (missing from its typings), and
 * turning whatever a read cell holds (rich text, hyperlinks, errors, formulas) into a plain value or a CellError.
 * Keeping them here means the exporter and importer work with plain values and stay the same in Node and the browser.
 */
import ExcelJS from 'exceljs';
import { CellError, type CellIn } from './cells';

export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;

export function newWorkbook(): Workbook {
  return new ExcelJS.Workbook();
}

/** The xlsx bytes of a workbook, as a plain Uint8Array (ExcelJS gives a Node Buffer or its browser polyfill). */
export async function workbookBytes(workbook: Workbook): Promise<Uint8Array> {
  // Deflate level 1: a register is repetitive XML that still shrinks about tenfold, at a third of the time that the
  // default level (6) takes for a 5,000-activity workbook.
  const buffer: unknown = await workbook.xlsx.writeBuffer({
    useSharedStrings: true,
    zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } },
  });
  // A view of any realm: in a jsdom test ExcelJS's Buffer is not the page's Uint8Array.
  if (ArrayBuffer.isView(buffer)) return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  throw new TypeError('ExcelJS returned no bytes');
}

/** Parts of a sheet the importer never reads: skipping them makes large workbooks load faster. */
const IGNORED_NODES = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'autoFilter',
  'mergeCells',
  'rowBreaks',
  'hyperlinks',
  'pageMargins',
  'dataValidations',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'picture',
  'drawing',
  'sheetProtection',
  'tableParts',
  'conditionalFormatting',
  'extLst',
];

export async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS's typings ask for a Node Buffer; JSZip underneath reads any Uint8Array, in Node and in the browser.
  await workbook.xlsx.load(bytes as unknown as Parameters<Workbook['xlsx']['load']>[0], { ignoreNodes: IGNORED_NODES });
  return workbook;
}

interface RangeValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

/**
 * One list validation for a whole range. Setting `cell.dataValidation` per cell makes ExcelJS write overlapping
 * ranges that Excel reports as damaged; the range form writes one rule.
 */
export function addListValidation(sheet: Worksheet, range: string, source: string): void {
  const validations = (sheet as unknown as { dataValidations: RangeValidations }).dataValidations;
  validations.add(range, {
    type: 'list',
    allowBlank: true,
    formulae: [source],
    showErrorMessage: true,
    errorStyle: 'warning',
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !(value instanceof Date);
}

/** How much of a formula a problem quotes: enough to recognise it, not a screenful. */
const QUOTED_FORMULA = 80;

function formulaError(formula: unknown): CellError {
  const text = typeof formula === 'string' && formula !== '' ? `=${formula}` : '=…';
  return new CellError('formula', {
    value: text.length > QUOTED_FORMULA ? `${text.slice(0, QUOTED_FORMULA - 1)}…` : text,
  });
}

/**
 * A read cell as a plain value. A formula throws CellError('formula') whether or not the file holds its result:
 * a result is only what the program that saved the file last computed (ExcelJS and other generators save none, or
 * a stale one), and a formula makes the cell depend on others, so the register never takes it as a value. The
 * importers keep the field's current value instead and report the formula (see `keepFormulaFields`).
 */
export function readCell(cell: ExcelJS.Cell): CellIn {
  // A shared formula's own text is on its master cell; `cell.formula` translates it to this cell.
  if (cell.type === ExcelJS.ValueType.Formula) throw formulaError(cell.formula);
  return plainCell(cell.value);
}

/** A read cell value as a plain value; an error value (#N/A, #REF!) throws CellError so it becomes a problem. */
export function plainCell(value: ExcelJS.CellValue | unknown): CellIn {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) {
    return value;
  }
  if (!isObject(value)) return undefined;
  if (Array.isArray(value.richText)) {
    return (value.richText as { text?: unknown }[])
      .map((run) => (typeof run.text === 'string' ? run.text : ''))
      .join('');
  }
  if ('error' in value) throw new CellError('errorValue', { value: String(value.error) });
  if ('formula' in value || 'sharedFormula' in value) throw formulaError(value.formula);
  if ('text' in value) return plainCell(value.text);
  throw new CellError('notText');
}
