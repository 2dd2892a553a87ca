/**
 * What a single cell holds, both ways. Exports must read back exactly (fingerprint equality), and workbooks edited
 * in Excel or LibreOffice come back with numbers where text was, rich text, formulas and Windows line ends, so
 * every conversion between a register value and a cell lives here, in one place, with its inverse next to it.
 */
import type { UiLanguage } from '../i18n/languages';
import { translate } from '../i18n/translate';
import { SHEET_TEXTS } from './messages';

/** A cell value as the writer receives it: text, a real date, or nothing (no cell is written). */
export type CellOut = string | Date | undefined;

/** A cell value as the reader sees it, after unwrapping rich text and hyperlinks (a formula is a CellError). */
export type CellIn = string | number | boolean | Date | undefined;

/** A cell that cannot be read; the importer turns it into a problem with sheet, row and column. */
export class CellError extends Error {
  constructor(
    readonly reason: CellReason,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(reason);
    this.name = 'CellError';
  }
}

export type CellReason =
  | 'badDate'
  | 'badBoolean'
  | 'badEnum'
  | 'badCountry'
  | 'badDuration'
  | 'badLanguage'
  | 'badId'
  | 'errorValue'
  | 'formula'
  | 'notText';

// Excel and LibreOffice decode `_xHHHH_` in cell text (it is how OOXML stores control characters), and an XML
// parser turns a raw CR into LF. Writing those three cases as escapes is what keeps any text exact.
// eslint-disable-next-line no-control-regex -- control characters are what must be escaped
const NEEDS_ESCAPE = /[\x00-\x08\x0b-\x1f\x7f]|_x[0-9a-fA-F]{4}_/;
// eslint-disable-next-line no-control-regex -- control characters are what must be escaped
const ESCAPE_ALL = /[\x00-\x08\x0b-\x1f\x7f]|_x[0-9a-fA-F]{4}_/g;

/** The string to hand to ExcelJS so that Excel, LibreOffice and ExcelJS all read back `text` unchanged. */
export function xlsxText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(ESCAPE_ALL, (match) =>
    match.length === 1 ? `_x${match.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_` : `_x005F${match}`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Excel's limit on a cell: 32,767 characters ("Excel specifications and limits"). LibreOffice opens longer cells,
// Excel refuses the file or "repairs" it by cutting them. The limit is checked on the text as written, escapes
// included, which is never shorter than what Excel counts, so every piece fits however the escapes are counted.
// ---------------------------------------------------------------------------------------------------------------

export const EXCEL_CELL_LIMIT = 32_767;

export function fitsInCell(text: string, limit = EXCEL_CELL_LIMIT): boolean {
  // Escaping writes at most seven characters for one: a text up to a seventh of the limit fits unescaped.
  return text.length <= Math.floor(limit / 7) || xlsxText(text).length <= limit;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * A text in pieces that each fit a cell once written, in order: joined, they are the text. A piece never ends
 * inside a character of two UTF-16 units (half of one is not valid XML). Each piece is escaped on its own, so an
 * `_xHHHH_` cut in two is plain text in both halves and still reads back as it was.
 */
export function cellParts(text: string, limit = EXCEL_CELL_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text;
  while (!fitsInCell(rest, limit)) {
    // The longest start that fits, by halving: the written length only grows with the text.
    let fits = 1;
    let tooLong = Math.min(rest.length, limit + 1);
    while (tooLong - fits > 1) {
      const n = Math.floor((fits + tooLong) / 2);
      if (xlsxText(rest.slice(0, n)).length <= limit) fits = n;
      else tooLong = n;
    }
    if (fits > 1 && isHighSurrogate(rest.charCodeAt(fits - 1))) fits -= 1;
    parts.push(rest.slice(0, fits));
    rest = rest.slice(fits);
  }
  parts.push(rest);
  return parts;
}

/**
 * A cell of a workbook made for people (the authority layout, the cover): a text too long for a cell is cut to the
 * limit and says so, in the export language, with how long it is and where the whole text is.
 */
export function fitCell(value: CellOut, lang: UiLanguage): CellOut {
  if (typeof value !== 'string' || fitsInCell(value)) return value;
  const note = shortenedNote(value, lang);
  return (cellParts(value, EXCEL_CELL_LIMIT - xlsxText(note).length)[0] as string) + note;
}

/** The note that ends a shortened cell. */
export function shortenedNote(full: string, lang: UiLanguage): string {
  return translate(SHEET_TEXTS, lang, 'textShortened', { count: full.length });
}

/** An ISO calendar date as the UTC midnight Excel stores as a whole day number (no time zone can shift it). */
export function isoToUtcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export function utcDateToIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A cell that holds a date: a date cell, a day number, or text as ISO (2026-11-20) or Belgian (20/11/2026). */
export function readDate(cell: CellIn): string | undefined {
  if (cell === undefined) return undefined;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) throw new CellError('badDate', { value: String(cell) });
    // Round to the nearest day: a time of day (or a float error) must not move the date.
    return utcDateToIso(new Date(Math.round(cell.getTime() / 86_400_000) * 86_400_000));
  }
  if (typeof cell === 'number' && cell > 0 && cell < 2_958_466) {
    return utcDateToIso(new Date(EXCEL_EPOCH_MS + Math.round(cell) * 86_400_000));
  }
  const text = String(cell).trim();
  if (text === '') return undefined;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return checkedIso(Number(match[1]), Number(match[2]), Number(match[3]), text);
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) return checkedIso(Number(match[3]), Number(match[2]), Number(match[1]), text);
  throw new CellError('badDate', { value: text });
}

function checkedIso(y: number, m: number, d: number, original: string): string {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new CellError('badDate', { value: original });
  }
  return utcDateToIso(date);
}

/** The cell as text, exactly as stored for text cells; numbers and dates as a person would type them. */
export function cellText(cell: CellIn): string | undefined {
  if (cell === undefined) return undefined;
  if (typeof cell === 'string') return cell;
  if (cell instanceof Date) return utcDateToIso(cell);
  return String(cell);
}

/** The cell as text with line ends normalised and surrounding space removed, for comparisons and lenient reads. */
export function cellTextTrimmed(cell: CellIn): string {
  return (cellText(cell) ?? '').replace(/\r\n?/g, '\n').trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Lists in a cell: one item per line.
//
// Items that are simple (one line, no surrounding space, not empty) are written as plain lines, which is what a
// person expects to read and type. When any item is not simple, every item starts with "• " and its further lines
// are indented by two spaces, so texts with line breaks, blank items and leading spaces read back exactly.
// ---------------------------------------------------------------------------------------------------------------

const BULLET = '•';

function isPlainItem(item: string): boolean {
  return (
    item !== '' && !item.includes('\n') && !item.includes('\r') && item === item.trim() && !item.startsWith(BULLET)
  );
}

export function writeList(items: readonly string[]): string | undefined {
  if (items.length === 0) return undefined;
  if (items.every(isPlainItem)) return items.join('\n');
  return items.map((item) => `${BULLET} ${item.split('\n').join('\n  ')}`).join('\n');
}

export function readList(cell: CellIn): string[] {
  const text = cellText(cell);
  if (text === undefined || text === '') return [];
  const lines = text.split('\n');
  if (!lines.some((line) => line.startsWith(BULLET))) {
    return lines.map((line) => line.trim()).filter((line) => line !== '');
  }
  const items: string[] = [];
  for (const line of lines) {
    if (line.startsWith(`${BULLET} `)) items.push(line.slice(2));
    else if (line.startsWith(BULLET)) items.push(line.slice(1).trim());
    else if (line.startsWith('  ') && items.length > 0) items[items.length - 1] += `\n${line.slice(2)}`;
    else if (line.trim() !== '') items.push(line.trim());
  }
  return items;
}

/** Lines of a column whose lines line up with another column's (authority layout): blank lines keep their place. */
export function readAlignedLines(cell: CellIn): string[] {
  const text = cellText(cell);
  if (text === undefined || text.trim() === '') return [];
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim());
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Header text and labels compared without case, accents, punctuation or spacing: "Processus métier" = "processus metier". */
export function normaliseHeader(text: string): string {
  // Plain ASCII has no accents to take off: the same result without Unicode normalisation and property classes,
  // which an import of thousands of rows would otherwise pay on every cell it checks against a list of labels.
  if (!NON_ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Record names compared case-insensitively with spacing collapsed; accents count (they distinguish names). */
export function normaliseName(text: string): string {
  const spaced = text.replace(/\s+/g, ' ').trim().toLowerCase();
  // eslint-disable-next-line no-control-regex -- ASCII needs no Unicode normalisation
  return /[^\x00-\x7f]/.test(spaced) ? spaced.normalize('NFC') : spaced;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isId(text: string): boolean {
  return UUID.test(text);
}

/** A column letter (1 → A, 28 → AB), for problems reported on a column without a header. */
export function columnLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const FORBIDDEN_IN_SHEET_NAME = /[:\\/?*[\]]/g;

/** A valid, unique sheet name: no `: \ / ? * [ ]`, no leading or trailing apostrophe, at most 31 characters. */
export function safeSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base =
    wanted
      .replace(FORBIDDEN_IN_SHEET_NAME, '-')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Sheet';
  const lower = new Set([...taken].map((name) => name.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i += 1) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
