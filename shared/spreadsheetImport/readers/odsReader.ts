/**
 * Reads an OpenDocument spreadsheet (.ods, the format of the CNIL's register template and LibreOffice's own) from its
 * `content.xml`: one sheet per `table:table`, rows and cells with their repeat counts, merged ranges from the spanned
 * cells, values by `office:value-type`, and a cell's text from its paragraphs the way a spreadsheet shows it
 * (paragraphs on lines of their own, `text:s` spaces, `text:line-break`, spans and links, comments left out). Files
 * repeat an empty row or cell up to the end of the sheet (a million times): empty repeats cost nothing, and repeats of
 * non-empty content are spelled out only up to a cell budget, past which the file is refused.
 *
 * The XML is read as a stream of tags with saxes (the parser ExcelJS itself uses): a 5,000-row register is ten
 * megabytes of XML, which a parser that builds the whole tree first takes several times longer to read.
 */
import JSZip from 'jszip';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { SourceCell } from '../types';
import type { ReadSheet } from './readTypes';
import { SheetCells } from './sheetCells';
import { SpreadsheetReadError } from './readError';

/** LibreOffice's limits (Calc has 16,384 columns since 7.4 and 1,048,576 rows): nothing is read beyond them. */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
/** The most cells with a value one file may spell out; a 20,000-row register of 100 columns is within it. */
export const MAX_ODS_CELLS = 2_000_000;
/** How much of a formula is quoted: enough to recognise it (as `readCell` does for workbooks). */
const QUOTED_FORMULA = 80;

type Attributes = Record<string, string>;

/** True when the package's manifest says that its parts are encrypted (a password-protected document). */
export async function odsIsEncrypted(zip: JSZip): Promise<boolean> {
  const manifest = await zip.file('META-INF/manifest.xml')?.async('string');
  return manifest !== undefined && /<(?:[\w-]+:)?encryption-data\b/.test(manifest);
}

export async function readOds(zip: JSZip): Promise<ReadSheet[]> {
  const content = await zip.file('content.xml')?.async('string');
  if (content === undefined) throw new SpreadsheetReadError('truncated', { detail: 'content.xml is missing' });
  const reader = new ContentReader();
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => reader.open(tag as SaxesTagPlain));
  parser.on('closetag', (tag) => reader.close(tag as SaxesTagPlain));
  parser.on('text', (text) => reader.text(text));
  try {
    parser.write(content).close();
  } catch (error) {
    if (error instanceof SpreadsheetReadError) throw error;
    throw new SpreadsheetReadError('unreadable', { detail: error instanceof Error ? error.message : String(error) });
  }
  return reader.sheets;
}

function count(value: string | undefined): number {
  const n = value === undefined ? 1 : Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

interface ReadCell {
  col: number;
  repeat: number;
  value?: SourceCell;
  formula?: string;
  spanRows: number;
  spanCols: number;
}

/** Elements whose content is not the cell's shown text: comments, notes, a table inside a cell. */
const HIDDEN = new Set(['office:annotation', 'text:note', 'table:table', 'text:tracked-changes']);

/** The reading state, fed tag by tag. */
class ContentReader {
  readonly sheets: ReadSheet[] = [];
  private readonly budget = { cells: MAX_ODS_CELLS };
  private inSpreadsheet = 0;
  private sheet: SheetCells | undefined;
  private sheetName = '';
  private row = 1;
  private rowRepeat = 1;
  private cells: ReadCell[] | undefined;
  private col = 1;
  private cell: { attributes: Attributes; covered: boolean; paragraphs: string[] } | undefined;
  /** Depth inside an element whose content is hidden (a comment in a cell); 0 when reading. */
  private hidden = 0;
  private paragraph: string | undefined;
  /** True at a paragraph's start and after a collapsed space: a space there is part of the same run and dropped. */
  private afterSpace = true;

  open(tag: SaxesTagPlain): void {
    const name = tag.name;
    if (name === 'office:spreadsheet') {
      this.inSpreadsheet += 1;
      return;
    }
    if (this.inSpreadsheet === 0) return;
    if (this.cell) {
      if (this.hidden > 0 || HIDDEN.has(name)) {
        this.hidden += 1;
        return;
      }
      if (this.cell.covered) return;
      if (name === 'text:p' || name === 'text:h') {
        this.paragraph = '';
        this.afterSpace = true;
      } else if (this.paragraph !== undefined) this.inline(name, tag.attributes);
      return;
    }
    if (name === 'table:table' && !this.sheet) {
      this.sheetName = tag.attributes['table:name'] ?? '';
      this.sheet = new SheetCells(this.sheetName);
      this.row = 1;
    } else if (name === 'table:table-row' && this.sheet) {
      this.cells = [];
      this.col = 1;
      this.rowRepeat = count(tag.attributes['table:number-rows-repeated']);
    } else if ((name === 'table:table-cell' || name === 'table:covered-table-cell') && this.cells) {
      // A covered cell sits under a merged range: its content, if any, is hidden in the spreadsheet and not read.
      this.cell = { attributes: tag.attributes, covered: name === 'table:covered-table-cell', paragraphs: [] };
    }
  }

  private inline(name: string, attributes: Attributes): void {
    if (name === 'text:s') this.add(' '.repeat(Math.min(count(attributes['text:c']), 1000)));
    else if (name === 'text:tab') this.add('\t');
    else if (name === 'text:line-break') this.add('\n');
    // Spans, links and the like only wrap text.
  }

  private add(text: string): void {
    this.paragraph += text;
    this.afterSpace = false;
  }

  /**
   * ODF collapses runs of white space in the XML to one space, and spells out further spaces as `text:s`, tabs as
   * `text:tab` and line breaks as `text:line-break`.
   */
  text(raw: string): void {
    if (this.paragraph === undefined || this.hidden > 0 || !this.cell || this.cell.covered) return;
    let text = raw.replace(/[ \t\r\n]+/g, ' ');
    if (this.afterSpace) text = text.replace(/^ /, '');
    if (text === '') return;
    this.paragraph += text;
    this.afterSpace = text.endsWith(' ');
  }

  close(tag: SaxesTagPlain): void {
    const name = tag.name;
    if (name === 'office:spreadsheet') {
      this.inSpreadsheet -= 1;
      return;
    }
    if (this.inSpreadsheet === 0) return;
    if (this.cell) {
      if (this.hidden > 0) {
        this.hidden -= 1;
        return;
      }
      if ((name === 'text:p' || name === 'text:h') && this.paragraph !== undefined) {
        this.cell.paragraphs.push(this.paragraph);
        this.paragraph = undefined;
      } else if (name === 'table:table-cell' || name === 'table:covered-table-cell') {
        this.endCell();
      }
      return;
    }
    if (name === 'table:table-row' && this.cells) this.endRow();
    else if (name === 'table:table' && this.sheet) {
      this.sheets.push(this.sheet.finish());
      this.sheet = undefined;
    }
  }

  private endCell(): void {
    const { attributes, covered, paragraphs } = this.cell as NonNullable<ContentReader['cell']>;
    this.cell = undefined;
    this.paragraph = undefined;
    const repeat = Math.min(count(attributes['table:number-columns-repeated']), MAX_COL - this.col + 1);
    if (repeat <= 0) return;
    if (!covered) {
      const spanRows = count(attributes['table:number-rows-spanned']);
      const spanCols = count(attributes['table:number-columns-spanned']);
      const formula = attributes['table:formula'];
      const value = formula === undefined ? cellValue(attributes, paragraphs) : undefined;
      if (value !== undefined || formula !== undefined || spanRows > 1 || spanCols > 1) {
        (this.cells as ReadCell[]).push({
          col: this.col,
          repeat,
          spanRows,
          spanCols,
          ...(value === undefined ? {} : { value }),
          ...(formula === undefined ? {} : { formula: formulaText(formula) }),
        });
      }
    }
    this.col += repeat;
  }

  private endRow(): void {
    const cells = this.cells as ReadCell[];
    const sheet = this.sheet as SheetCells;
    this.cells = undefined;
    const repeat = this.rowRepeat;
    if (cells.length > 0 && this.row <= MAX_ROW) {
      const copies = Math.min(repeat, MAX_ROW - this.row + 1);
      for (let k = 0; k < copies; k += 1) {
        const row = this.row + k;
        for (const cell of cells) {
          this.budget.cells -= cell.value === undefined && cell.formula === undefined ? 0 : cell.repeat;
          if (this.budget.cells < 0) {
            throw new SpreadsheetReadError('tooManyCells', { sheet: this.sheetName, limit: MAX_ODS_CELLS });
          }
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
    }
    this.row += repeat;
  }
}

/** `of:=SUM([.A1:.A3])` as a person would recognise it: `=SUM([.A1:.A3])`, shortened. */
function formulaText(formula: string): string {
  const text = formula.replace(/^[a-z]+:(?==)/, '');
  return text.length > QUOTED_FORMULA ? `${text.slice(0, QUOTED_FORMULA - 1)}…` : text;
}

function cellValue(attributes: Attributes, paragraphs: readonly string[]): SourceCell | undefined {
  const type = attributes['office:value-type'];
  const text = paragraphs.length === 0 ? undefined : paragraphs.join('\n');
  switch (type) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const n = Number(attributes['office:value']);
      return Number.isFinite(n) ? n : text;
    }
    case 'date':
      return isoDate(attributes['office:date-value']) ?? text;
    case 'boolean': {
      const b = attributes['office:boolean-value'];
      return b === 'true' ? true : b === 'false' ? false : text;
    }
    default:
      // 'string', 'time' (kept as the text the sheet shows) or no type at all.
      return text ?? (type === 'string' ? attributes['office:string-value'] : undefined);
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
