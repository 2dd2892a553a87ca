/**
 * Reads an Excel workbook (.xlsx) into sheets of plain cells, straight from its XML parts with a streaming parser
 * (saxes, the parser ExcelJS itself uses) rather than through ExcelJS's workbook model: a register of thousands of
 * rows is read in about a third of the time, because nothing an import never needs (styles of every cell, column
 * widths, validations, the model ExcelJS builds for writing) is built. The parts arrive already unpacked by the
 * zip guard's size check (`verifyUnpackedSizes`), so the file is unpacked once.
 *
 * What a cell becomes follows ExcelJS's reading, which the workbook import uses and its tests pin: shared and inline
 * strings with their rich-text runs joined (phonetic runs left out) and OOXML's `_xHHHH_` escapes decoded; numbers;
 * booleans; a number in a date format (by the cell's style) as a date, in the 1900 or 1904 system the workbook names;
 * a formula is never a value, whatever result the file holds (see `readCell` in shared/excel/excelIo.ts for why), and
 * it is listed with an error value (#N/A) as unreadable. Merged ranges are read from each sheet's own XML, cut to
 * Excel's limits: a hostile `<mergeCell ref="A1:XFD1048576"/>` costs nothing.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { MergedRange, SourceCell } from '../types';
import type { ReadSheet } from './readTypes';
import { SheetCells } from './sheetCells';
import { SpreadsheetReadError } from './readError';

/** Excel's own limits: a merge beyond them is cut to them. */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** How much of a formula the report quotes, as the workbook import does. */
const QUOTED_FORMULA = 80;

/** A part of the workbook's zip as text, by its path inside the zip; undefined when the zip has no such part. */
export type PartText = (path: string) => Promise<string | undefined>;

export async function readXlsx(part: PartText): Promise<ReadSheet[]> {
  const workbookXml = await part('xl/workbook.xml');
  if (workbookXml === undefined) throw new SpreadsheetReadError('unreadable', { detail: 'xl/workbook.xml is missing' });
  const book = parsed(() => workbookOf(workbookXml), 'xl/workbook.xml');
  const relsXml = await part('xl/_rels/workbook.xml.rels');
  const rels = relsXml === undefined ? new Map<string, Relationship>() : parsed(() => relationships(relsXml), 'rels');
  const targetOf = (type: string): string | undefined =>
    [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.target;

  const stringsPath = targetOf('sharedStrings');
  const stringsXml = await part(stringsPath !== undefined ? partPath(stringsPath) : 'xl/sharedStrings.xml');
  const strings = stringsXml === undefined ? [] : parsed(() => sharedStrings(stringsXml), 'sharedStrings');
  const stylesPath = targetOf('styles');
  const stylesXml = await part(stylesPath !== undefined ? partPath(stylesPath) : 'xl/styles.xml');
  const dateStyles = stylesXml === undefined ? new Set<number>() : parsed(() => dateStylesOf(stylesXml), 'styles');

  const sheets: ReadSheet[] = [];
  for (const sheet of book.sheets) {
    const target = rels.get(sheet.relId)?.target;
    const xml = target === undefined ? undefined : await part(partPath(target));
    const cells = new SheetCells(sheet.name);
    if (xml !== undefined) {
      parsed(() => readSheet(xml, cells, { strings, dateStyles, date1904: book.date1904 }), sheet.name);
      for (const range of mergesIn(xml)) cells.merge(range);
    }
    sheets.push(cells.finish());
  }
  return sheets;
}

/** A part that is not well-formed XML makes the workbook unreadable, said with the part's name. */
function parsed<T>(read: () => T, where: string): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof SpreadsheetReadError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new SpreadsheetReadError('unreadable', { detail: `${where}: ${detail}` });
  }
}

/** A relationship target as a path inside the zip: relative to `xl/`, or absolute from the zip's root. */
function partPath(target: string): string {
  const raw = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const out: string[] = [];
  for (const segment of raw.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

/** An element's local name: `x:row` is `row`. */
function localName(tag: { name: string }): string {
  const colon = tag.name.indexOf(':');
  return colon < 0 ? tag.name : tag.name.slice(colon + 1);
}

/** An attribute by its local name (`r:id` is `id`). */
function attribute(tag: SaxesTagPlain, name: string): string | undefined {
  const attributes = tag.attributes;
  if (name in attributes) return attributes[name];
  for (const key in attributes) if (key.endsWith(`:${name}`)) return attributes[key];
  return undefined;
}

interface WorkbookPart {
  sheets: { name: string; relId: string }[];
  date1904: boolean;
}

function workbookOf(xml: string): WorkbookPart {
  const out: WorkbookPart = { sheets: [], date1904: false };
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const name = localName(tag);
    if (name === 'sheet') {
      const sheetName = attribute(tag, 'name');
      const relId = attribute(tag, 'id');
      if (sheetName !== undefined && relId !== undefined) out.sheets.push({ name: sheetName, relId });
    } else if (name === 'workbookPr') {
      const value = attribute(tag, 'date1904');
      out.date1904 = value === '1' || value === 'true';
    }
  });
  parser.write(xml).close();
  return out;
}

interface Relationship {
  type: string;
  target: string;
}

function relationships(xml: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (localName(tag) !== 'Relationship') return;
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id !== undefined && target !== undefined) out.set(id, { type: attribute(tag, 'Type') ?? '', target });
  });
  parser.write(xml).close();
  return out;
}

// OOXML stores characters XML cannot hold as `_xHHHH_`; Excel writes the hex in capitals (so does ExcelJS's reader
// expect them), and `_x005F_` escapes an underscore that starts such a sequence.
const ESCAPED = /_x([0-9A-F]{4})_/g;
const unescaped = (text: string): string =>
  text.includes('_x') ? text.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;

/**
 * The text inside the `<t>` elements of a string item (`<si>` or a cell's `<is>`), rich-text runs joined, phonetic
 * runs (`<rPh>`, the reading of East Asian text) left out. Calls `done` with each item's text at its end tag.
 */
class StringItems {
  private text = '';
  private inT = false;
  private inPhonetic = false;

  constructor(private readonly itemTag: string) {}

  open(name: string): void {
    if (name === this.itemTag) this.text = '';
    else if (name === 'rPh') this.inPhonetic = true;
    else if (name === 't' && !this.inPhonetic) this.inT = true;
  }

  characters(text: string): void {
    if (this.inT) this.text += text;
  }

  /** The item's text when `name` closes it. */
  close(name: string): string | undefined {
    if (name === 't') this.inT = false;
    else if (name === 'rPh') this.inPhonetic = false;
    else if (name === this.itemTag) return unescaped(this.text);
    return undefined;
  }
}

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  const items = new StringItems('si');
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => items.open(localName(tag)));
  parser.on('text', (text) => items.characters(text));
  parser.on('closetag', (tag) => {
    const text = items.close(localName(tag));
    if (text !== undefined) out.push(text);
  });
  parser.write(xml).close();
  return out;
}

/** Excel's built-in number formats that show a date or a time (14–22 everywhere; the others in East Asian locales). */
function builtInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** ExcelJS's test of a format code: a date part outside quoted text and [brackets]. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** The indexes of the cell styles (`cellXfs`) whose number format shows a date. */
function dateStylesOf(xml: string): Set<number> {
  const custom = new Map<number, string>();
  const out = new Set<number>();
  let inCellXfs = false;
  let index = 0;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const name = localName(tag);
    if (name === 'numFmt') {
      const id = Number(attribute(tag, 'numFmtId'));
      const code = attribute(tag, 'formatCode');
      if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
    } else if (name === 'cellXfs') {
      inCellXfs = true;
    } else if (name === 'xf' && inCellXfs) {
      const id = Number(attribute(tag, 'numFmtId') ?? '0');
      const code = custom.get(id);
      if (code !== undefined ? isDateFormat(code) : builtInDate(id)) out.add(index);
      index += 1;
    }
  });
  parser.on('closetag', (tag) => {
    if (localName(tag) === 'cellXfs') inCellXfs = false;
  });
  parser.write(xml).close();
  return out;
}

interface SheetContext {
  strings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

/** An Excel serial day number as a date (ExcelJS's `excelToDate`). */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

const CELL_REF = /^([A-Za-z]{1,3})(\d{1,7})$/;

/** One cell as the sheet's XML gives it, collected between `<c>` and `</c>`. */
interface CellParts {
  row: number;
  col: number;
  type: string;
  style: number;
  value: string | undefined;
  formula: string | undefined;
  inline: string | undefined;
}

function readSheet(xml: string, cells: SheetCells, context: SheetContext): void {
  let row = 0;
  let col = 0;
  let cell: CellParts | undefined;
  /** What the text events are collected into: the cell's `<v>`, its `<f>`, or nothing. */
  let into: 'v' | 'f' | undefined;
  let inInline = false;
  const inline = new StringItems('is');
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const name = localName(tag);
    if (name === 'c') {
      const ref = CELL_REF.exec(attribute(tag, 'r') ?? '');
      col = ref ? columnNumber(ref[1] as string) : col + 1;
      if (ref) row = Number(ref[2]);
      cell = {
        row,
        col,
        type: attribute(tag, 't') ?? 'n',
        style: Number(attribute(tag, 's') ?? '0'),
        value: undefined,
        formula: undefined,
        inline: undefined,
      };
    } else if (name === 'row') {
      const number = Number(attribute(tag, 'r'));
      row = Number.isInteger(number) && number > 0 ? number : row + 1;
      col = 0;
    } else if (cell) {
      if (name === 'v') {
        into = 'v';
        cell.value = '';
      } else if (name === 'f') {
        into = 'f';
        cell.formula = '';
      } else if (name === 'is') {
        inInline = true;
        inline.open(name);
      } else if (inInline) inline.open(name);
    }
  });
  parser.on('text', (text) => {
    if (!cell) return;
    if (into === 'v') cell.value += text;
    else if (into === 'f') cell.formula += text;
    else if (inInline) inline.characters(text);
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag);
    if (name === 'c') {
      if (cell) store(cell, cells, context);
      cell = undefined;
    } else if (name === 'v' || name === 'f') {
      into = undefined;
    } else if (inInline && cell) {
      const text = inline.close(name);
      if (name === 'is') {
        inInline = false;
        cell.inline = text;
      }
    }
  });
  parser.write(xml).close();
}

function store(cell: CellParts, cells: SheetCells, context: SheetContext): void {
  const { row, col } = cell;
  if (row < 1 || col < 1) return;
  if (cell.formula !== undefined) {
    const text = cell.formula !== '' ? `=${cell.formula}` : '=…';
    const value = text.length > QUOTED_FORMULA ? `${text.slice(0, QUOTED_FORMULA - 1)}…` : text;
    cells.setUnreadable({ row, col, reason: 'formula', value });
    return;
  }
  const value = cellValue(cell, context);
  if (value === 'unreadable') cells.setUnreadable({ row, col, reason: 'notText', ...quoted(cell.value) });
  else if (value === 'error') cells.setUnreadable({ row, col, reason: 'errorValue', ...quoted(cell.value) });
  else cells.set(row, col, value);
}

const quoted = (value: string | undefined): { value?: string } => (value === undefined ? {} : { value });

function cellValue(cell: CellParts, context: SheetContext): SourceCell | undefined | 'unreadable' | 'error' {
  const raw = cell.value;
  switch (cell.type) {
    case 'inlineStr':
      return cell.inline;
    case 's': {
      if (raw === undefined) return undefined;
      const text = context.strings[Number(raw)];
      return text ?? 'unreadable';
    }
    case 'str':
      return raw;
    case 'b':
      return raw === undefined ? undefined : parseInt(raw, 10) !== 0;
    case 'e':
      return raw === undefined ? undefined : 'error';
    case 'd': {
      if (raw === undefined) return undefined;
      const date = new Date(raw);
      return Number.isNaN(date.getTime()) ? 'unreadable' : date;
    }
    default: {
      if (raw === undefined || raw.trim() === '') return undefined;
      const number = Number(raw);
      if (!Number.isFinite(number)) return 'unreadable';
      return context.dateStyles.has(cell.style) ? excelDate(number, context.date1904) : number;
    }
  }
}

const MERGE_CELL = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref="([A-Za-z]{1,3})(\d{1,7}):([A-Za-z]{1,3})(\d{1,7})"/g;

/** The `<mergeCell ref="B1:D1"/>` ranges of a sheet part; searched from the `mergeCells` list on, which ends it. */
export function mergesIn(part: string): MergedRange[] {
  const from = part.indexOf('mergeCells');
  if (from < 0) return [];
  const out: MergedRange[] = [];
  for (const match of part.slice(from).matchAll(MERGE_CELL)) {
    const [, c1, r1, c2, r2] = match as unknown as [string, string, string, string, string];
    const a = { row: Number(r1), col: columnNumber(c1) };
    const b = { row: Number(r2), col: columnNumber(c2) };
    const top = Math.min(a.row, b.row);
    const left = Math.min(a.col, b.col);
    if (top < 1 || left < 1 || top > MAX_ROW || left > MAX_COL) continue;
    out.push({
      top,
      left,
      bottom: Math.min(Math.max(a.row, b.row), MAX_ROW),
      right: Math.min(Math.max(a.col, b.col), MAX_COL),
    });
  }
  return out;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
