/**
 * Reads an Excel workbook (.xlsx) into sheets of plain cells with the code the workbook import already uses:
 * `loadWorkbook` (ExcelJS, with the parts an import never needs skipped) and `gridsOf` (rich text, hyperlinks and
 * dates as values; formulas and error values refused per cell; unsafe text cleaned). Merged ranges are read from each
 * sheet's own XML rather than through ExcelJS: ExcelJS spells out every cell of a merged range, so one
 * `<mergeCell ref="A1:XFD1048576"/>` in a hostile file would create seventeen billion cells.
 */
import JSZip from 'jszip';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { CellError } from '../../excel/cells';
import { loadWorkbook } from '../../excel/excelIo';
import { gridsOf } from '../../excel/readWorkbook';
import type { MergedRange, SourceCell } from '../types';
import type { ReadSheet, UnreadableCell, UnreadableReason } from './readTypes';
import { sheetOf } from './sheetCells';
import { SpreadsheetReadError } from './readError';

/** Excel's own limits: a merge beyond them is cut to them. */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

export async function readXlsx(bytes: Uint8Array, zip: JSZip): Promise<ReadSheet[]> {
  let workbook;
  try {
    workbook = await loadWorkbook(bytes);
  } catch (error) {
    throw new SpreadsheetReadError('unreadable', { detail: error instanceof Error ? error.message : String(error) });
  }
  const merges = await mergesBySheet(zip);
  return gridsOf(workbook).map((grid) => {
    const rows = new Map<number, (SourceCell | undefined)[]>();
    const unreadable: UnreadableCell[] = [];
    for (const [rowNumber, cells] of grid.rows) {
      const out: (SourceCell | undefined)[] = [];
      cells.forEach((cell, col) => {
        if (cell instanceof CellError) {
          const value = cell.params['value'];
          unreadable.push({
            row: rowNumber,
            col,
            reason: unreadableReason(cell),
            ...(value === undefined ? {} : { value: String(value) }),
          });
        } else if (cell !== undefined) out[col] = cell;
      });
      rows.set(rowNumber, out);
    }
    return sheetOf(grid.name, rows, merges.get(grid.name) ?? [], grid.cleaned, unreadable);
  });
}

function unreadableReason(error: CellError): UnreadableReason {
  return error.reason === 'formula' || error.reason === 'errorValue' ? error.reason : 'notText';
}

/** The attributes of every element with this local name (any namespace prefix), in document order. */
function elements(xml: string, localName: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const name = tag.name.slice(tag.name.indexOf(':') + 1);
    if (name !== localName) return;
    // Attribute names without their prefix: `r:id` is `id`.
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries((tag as SaxesTagPlain).attributes)) {
      attributes[key.slice(key.indexOf(':') + 1)] = value;
    }
    out.push(attributes);
  });
  parser.write(xml).close();
  return out;
}

/** Each sheet's merged ranges, by sheet name; a sheet whose part cannot be found has none. */
async function mergesBySheet(zip: JSZip): Promise<Map<string, MergedRange[]>> {
  const out = new Map<string, MergedRange[]>();
  const workbookXml = await zip.file('xl/workbook.xml')?.async('string');
  const relsXml = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (workbookXml === undefined || relsXml === undefined) return out;
  let sheets: Record<string, string>[];
  let targets: Map<string | undefined, string | undefined>;
  try {
    sheets = elements(workbookXml, 'sheet');
    targets = new Map(elements(relsXml, 'Relationship').map((r) => [r['Id'], r['Target']]));
  } catch {
    return out; // ExcelJS read the workbook; a part it tolerates is not refused here for its merges
  }
  for (const sheet of sheets) {
    const name = sheet['name'];
    const target = targets.get(sheet['id']);
    if (name === undefined || target === undefined) continue;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const part = await zip.file(path)?.async('string');
    if (part !== undefined) out.set(name, mergesIn(part));
  }
  return out;
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
