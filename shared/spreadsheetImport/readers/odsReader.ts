/**
 * Reads an OpenDocument spreadsheet (.ods, the format of the CNIL's register template and LibreOffice's own) from its
 * `content.xml`: one sheet per `table:table`, rows and cells with their repeat counts, merged ranges from the spanned
 * cells, values by `office:value-type`, and a cell's text from its paragraphs the way a spreadsheet shows it
 * (paragraphs on lines of their own, `text:s` spaces, `text:line-break`, spans and links, comments left out). Files
 * repeat an empty row or cell up to the end of the sheet (a million times): empty repeats cost nothing, and repeats of
 * non-empty content are spelled out only up to a cell budget, past which the file is refused.
 */
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';
import type { SourceCell } from '../types';
import type { ReadSheet } from './readTypes';
import { SheetCells } from './sheetCells';
import { SpreadsheetReadError } from './readError';

/** LibreOffice's limits (Calc has 16,384 columns since 7.4 and 1,048,576 rows): nothing is read beyond them. */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
/** The most cells with a value one file may spell out; a 20,000-row register of 100 columns is within it. */
export const MAX_ODS_CELLS = 2_000_000;

/** A node of fast-xml-parser's ordered output: `{ tag: children, ':@': attributes }` or `{ '#text': text }`. */
type XmlNode = Record<string, unknown>;
type Attributes = Record<string, string | undefined>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  // Spaces inside paragraphs are text; whitespace between elements is skipped where it is read.
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

const ROW_WRAPPERS = new Set(['table:table-header-rows', 'table:table-row-group', 'table:table-rows']);

/** True when the package's manifest says that its parts are encrypted (a password-protected document). */
export async function odsIsEncrypted(zip: JSZip): Promise<boolean> {
  const manifest = await zip.file('META-INF/manifest.xml')?.async('string');
  return manifest !== undefined && /<(?:[\w-]+:)?encryption-data\b/.test(manifest);
}

export async function readOds(zip: JSZip): Promise<ReadSheet[]> {
  const content = await zip.file('content.xml')?.async('string');
  if (content === undefined) throw new SpreadsheetReadError('truncated', { detail: 'content.xml is missing' });
  let document: XmlNode[];
  try {
    document = parser.parse(content) as XmlNode[];
  } catch (error) {
    throw new SpreadsheetReadError('unreadable', { detail: error instanceof Error ? error.message : String(error) });
  }
  const tables: XmlNode[] = [];
  collectTables(document, tables);
  const budget = { cells: MAX_ODS_CELLS };
  return tables.map((table) => readTable(table, budget));
}

function tagOf(node: XmlNode): string | undefined {
  for (const key in node) if (key !== ':@') return key;
  return undefined;
}
function childrenOf(node: XmlNode, tag: string): XmlNode[] {
  const children = node[tag];
  return Array.isArray(children) ? (children as XmlNode[]) : [];
}
function attributesOf(node: XmlNode): Attributes {
  return (node[':@'] as Attributes | undefined) ?? {};
}
function count(value: string | undefined): number {
  const n = value === undefined ? 1 : Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

/** The spreadsheet's tables, in document order, wherever the body nests them; a table inside a cell is not a sheet. */
function collectTables(nodes: XmlNode[], out: XmlNode[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === undefined || tag === '#text') continue;
    if (tag === 'table:table') out.push(node);
    else if (tag.startsWith('office:')) collectTables(childrenOf(node, tag), out);
  }
}

function readTable(table: XmlNode, budget: { cells: number }): ReadSheet {
  const name = attributesOf(table)['table:name'] ?? '';
  const sheet = new SheetCells(name);
  const state = { row: 1 };
  readRows(childrenOf(table, 'table:table'), sheet, state, budget, name);
  return sheet.finish();
}

interface ReadCell {
  col: number;
  repeat: number;
  value?: SourceCell;
  formula?: string;
  spanRows: number;
  spanCols: number;
}

function readRows(
  nodes: XmlNode[],
  sheet: SheetCells,
  state: { row: number },
  budget: { cells: number },
  name: string,
): void {
  for (const node of nodes) {
    if (state.row > MAX_ROW) return;
    const tag = tagOf(node);
    if (tag === undefined) continue;
    if (ROW_WRAPPERS.has(tag)) {
      readRows(childrenOf(node, tag), sheet, state, budget, name);
      continue;
    }
    if (tag !== 'table:table-row') continue;
    const repeat = count(attributesOf(node)['table:number-rows-repeated']);
    const cells = readCells(childrenOf(node, tag));
    if (cells.length === 0) {
      state.row += repeat;
      continue;
    }
    const copies = Math.min(repeat, MAX_ROW - state.row + 1);
    for (let k = 0; k < copies; k += 1) {
      const row = state.row + k;
      for (const cell of cells) {
        const n = cell.value === undefined && cell.formula === undefined ? 0 : cell.repeat;
        budget.cells -= n;
        if (budget.cells < 0) throw new SpreadsheetReadError('tooManyCells', { sheet: name, limit: MAX_ODS_CELLS });
        for (let i = 0; i < cell.repeat; i += 1) {
          const col = cell.col + i;
          if (cell.formula !== undefined) sheet.setUnreadable({ row, col, reason: 'formula', value: cell.formula });
          else sheet.set(row, col, cell.value);
          if (cell.spanRows > 1 || cell.spanCols > 1) {
            sheet.merge({
              top: row,
              left: col,
              bottom: Math.min(row + cell.spanRows - 1, MAX_ROW),
              right: Math.min(col + cell.spanCols - 1, MAX_COL),
            });
          }
        }
      }
    }
    state.row += repeat;
  }
}

/** The cells of one row that hold something (a value, a formula or a merge); empty repeats only move the column. */
function readCells(nodes: XmlNode[]): ReadCell[] {
  const out: ReadCell[] = [];
  let col = 1;
  for (const node of nodes) {
    if (col > MAX_COL) break;
    const tag = tagOf(node);
    if (tag !== 'table:table-cell' && tag !== 'table:covered-table-cell') continue;
    const attributes = attributesOf(node);
    const repeat = Math.min(count(attributes['table:number-columns-repeated']), MAX_COL - col + 1);
    if (tag === 'table:table-cell') {
      const spanRows = count(attributes['table:number-rows-spanned']);
      const spanCols = count(attributes['table:number-columns-spanned']);
      const formula = attributes['table:formula'];
      const value = formula === undefined ? cellValue(attributes, childrenOf(node, tag)) : undefined;
      if (value !== undefined || formula !== undefined || spanRows > 1 || spanCols > 1) {
        out.push({
          col,
          repeat,
          spanRows,
          spanCols,
          ...(value === undefined ? {} : { value }),
          ...(formula === undefined ? {} : { formula: formulaText(formula) }),
        });
      }
    }
    // A covered cell sits under a merged range: its content, if any, is hidden in the spreadsheet and not read.
    col += repeat;
  }
  return out;
}

/** How much of a formula is quoted: enough to recognise it (as `readCell` does for workbooks). */
const QUOTED_FORMULA = 80;

/** `of:=SUM([.A1:.A3])` as a person would recognise it: `=SUM([.A1:.A3])`, shortened. */
function formulaText(formula: string): string {
  const text = formula.replace(/^[a-z]+:(?==)/, '');
  return text.length > QUOTED_FORMULA ? `${text.slice(0, QUOTED_FORMULA - 1)}…` : text;
}

function cellValue(attributes: Attributes, children: XmlNode[]): SourceCell | undefined {
  const type = attributes['office:value-type'];
  switch (type) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const n = Number(attributes['office:value']);
      return Number.isFinite(n) ? n : textOf(children);
    }
    case 'date':
      return isoDate(attributes['office:date-value']) ?? textOf(children);
    case 'boolean': {
      const b = attributes['office:boolean-value'];
      return b === 'true' ? true : b === 'false' ? false : textOf(children);
    }
    default: {
      // 'string', 'time' (kept as the text the sheet shows) or no type at all.
      const text = textOf(children);
      return text ?? (type === 'string' ? attributes['office:string-value'] : undefined);
    }
  }
}

/**
 * An ODF date (`2019-09-17` or `2019-09-17T10:30:00`) as the UTC instant ExcelJS gives for a workbook's date, so
 * both formats mean the same calendar day whatever the computer's time zone.
 */
function isoDate(value: string | undefined): Date | undefined {
  const match =
    value === undefined ? null : /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, frac] = match;
  const date = new Date(
    Date.UTC(
      Number(y),
      Number(mo) - 1,
      Number(d),
      Number(h ?? 0),
      Number(mi ?? 0),
      Number(s ?? 0),
      Math.round(Number(frac ?? 0) * 1000),
    ),
  );
  // Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(Number(y));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const PARAGRAPHS = new Set(['text:p', 'text:h']);

/** The cell's text: its paragraphs, one per line; undefined when it has none. */
function textOf(children: XmlNode[]): string | undefined {
  const paragraphs: string[] = [];
  collectParagraphs(children, paragraphs);
  return paragraphs.length === 0 ? undefined : paragraphs.join('\n');
}

function collectParagraphs(nodes: XmlNode[], out: string[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === undefined || tag === '#text' || tag === 'office:annotation') continue;
    if (PARAGRAPHS.has(tag)) out.push(paragraphText(childrenOf(node, tag)));
    // Lists and sections inside a cell hold paragraphs too.
    else if (tag.startsWith('text:')) collectParagraphs(childrenOf(node, tag), out);
  }
}

/** Elements inside a paragraph whose content is not shown as the cell's text. */
const HIDDEN_INLINE = new Set([
  'office:annotation',
  'office:annotation-end',
  'text:note',
  'text:bookmark',
  'text:soft-page-break',
]);

/**
 * A paragraph's text. ODF collapses runs of white space in the XML to one space and spells out further spaces as
 * `text:s`, tabs as `text:tab` and line breaks as `text:line-break`.
 */
function paragraphText(nodes: XmlNode[]): string {
  let out = '';
  // True at the paragraph's start and after a collapsed space: a space there is part of the same run and dropped.
  let afterSpace = true;
  const walk = (list: XmlNode[]): void => {
    for (const node of list) {
      const tag = tagOf(node);
      if (tag === undefined || HIDDEN_INLINE.has(tag)) continue;
      if (tag === '#text') {
        let text = String(node['#text']).replace(/[ \t\r\n]+/g, ' ');
        if (afterSpace) text = text.replace(/^ /, '');
        if (text !== '') afterSpace = text.endsWith(' ');
        out += text;
        continue;
      }
      if (tag === 'text:s' || tag === 'text:tab' || tag === 'text:line-break') {
        out +=
          tag === 'text:tab'
            ? '\t'
            : tag === 'text:line-break'
              ? '\n'
              : ' '.repeat(Math.min(count(attributesOf(node)['text:c']), 1000));
        afterSpace = false;
      } else walk(childrenOf(node, tag));
    }
  };
  walk(nodes);
  return out;
}
