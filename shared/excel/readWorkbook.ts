/**
 * Reads a loaded workbook into plain grids and recognises its sheets. A workbook that came back from Excel or
 * LibreOffice may have renamed or reordered sheets and columns, a title row inserted above the header, rows added
 * at the bottom: sheets are recognised by name or else by their headers, columns by header text in any interface
 * language, and the header row is searched for rather than assumed.
 */
import { normaliseText, unsafeTextReason } from '../register/textSafety';
import { isUiLanguage, UI_LANGUAGES, type UiLanguage } from '../i18n/languages';
import { CellError, type CellIn, cellText, normaliseHeader } from './cells';
import { COLUMN_MAP, INFO_SHEET, LAYOUT_TABLES, type ColumnDef, type TableId } from './columnMap';
import { readCell, type Workbook } from './excelIo';
import { workbookLabels } from './words';

export type GridCell = CellIn | CellError;

export interface Grid {
  name: string;
  /** Rows by their number in the sheet (1-based), cells by column (1-based); sparse. */
  rows: Map<number, GridCell[]>;
  /** Cells whose text held characters a register cannot keep (NUL, lone surrogates), cleaned on reading. */
  cleaned: { row: number; col: number }[];
}

export function gridsOf(workbook: Workbook): Grid[] {
  return workbook.worksheets.map((sheet) => {
    const rows = new Map<number, GridCell[]>();
    const cleaned: Grid['cleaned'] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: GridCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        try {
          const value = readCell(cell);
          // The one door for every cell of both layouts: text that would not survive the next export is cleaned here
          // and the import reports each such cell.
          if (typeof value === 'string' && unsafeTextReason(value) !== undefined) {
            cells[col] = normaliseText(value);
            cleaned.push({ row: rowNumber, col });
          } else cells[col] = value;
        } catch (error) {
          cells[col] = error instanceof CellError ? error : new CellError('notText');
        }
      });
      if (cells.some((c) => c !== undefined && c !== '')) rows.set(rowNumber, cells);
    });
    return { name: sheet.name, rows, cleaned };
  });
}

export interface Header {
  /** The column's number in the sheet (1-based). */
  index: number;
  text: string;
}

export interface FoundTable {
  id: TableId;
  grid: Grid;
  headerRow: number;
  /** Column key → where it is and what its header says. */
  columns: Map<string, Header>;
  /** Column key → its continuation columns (parts 2, 3... of texts too long for a cell), in part order. */
  continued: Map<string, number[]>;
  /** Header cells that match no column of the table. */
  unknown: Header[];
  /** Votes for the language the headers are in. */
  languageVotes: Record<UiLanguage, number>;
}

export interface RecognisedBook {
  tables: Map<TableId, FoundTable>;
  /** Sheets not read: for people (cover, lists, instructions) or unknown. */
  ignored: string[];
  info: Map<string, string>;
  /** Sheet names in workbook order. */
  order: string[];
}

const headerIndexes = new Map<TableId, Map<string, { key: string; langs: UiLanguage[] }>>();

function headerIndex(id: TableId): Map<string, { key: string; langs: UiLanguage[] }> {
  let index = headerIndexes.get(id);
  if (index) return index;
  index = new Map();
  for (const column of COLUMN_MAP[id].columns as readonly ColumnDef<unknown>[]) {
    for (const lang of UI_LANGUAGES) {
      const key = normaliseHeader(column.header[lang]);
      const found = index.get(key);
      if (found && found.key === column.key) found.langs.push(lang);
      else if (!found) index.set(key, { key: column.key, langs: [lang] });
    }
  }
  headerIndexes.set(id, index);
  return index;
}

const HEADER_SEARCH_ROWS = 10;

/** "<header> (continued 2)" as normalised text, in every language: the header and the part number. */
const CONTINUATION = UI_LANGUAGES.map(
  (lang) => new RegExp(`^(.+) ${normaliseHeader(workbookLabels('continued')[lang])} (\\d+)$`),
);

function continuationOf(normalised: string): { header: string; part: number } | undefined {
  for (const pattern of CONTINUATION) {
    const match = pattern.exec(normalised);
    if (match) return { header: match[1] as string, part: Number(match[2]) };
  }
  return undefined;
}

/** Counters for every interface language, from the language list: a new language is counted with no change here. */
function noVotes(): Record<UiLanguage, number> {
  return Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, 0])) as Record<UiLanguage, number>;
}

function matchHeaders(id: TableId, grid: Grid): FoundTable | undefined {
  const index = headerIndex(id);
  let best: FoundTable | undefined;
  let bestCount = 0;
  for (let r = 1; r <= HEADER_SEARCH_ROWS; r += 1) {
    const cells = grid.rows.get(r);
    if (!cells) continue;
    const columns = new Map<string, Header>();
    const unknown: Header[] = [];
    const parts = new Map<string, { part: number; index: number }[]>();
    const votes = noVotes();
    cells.forEach((cell, col) => {
      if (cell === undefined || cell instanceof CellError) return;
      const text = cellText(cell) ?? '';
      if (text.trim() === '') return;
      const normalised = normaliseHeader(text);
      const match = index.get(normalised);
      if (match && !columns.has(match.key)) {
        columns.set(match.key, { index: col, text: text.trim() });
        if (match.langs.length === 1) votes[match.langs[0] as UiLanguage] += 1;
        return;
      }
      const continuation = match ? undefined : continuationOf(normalised);
      const of = continuation ? index.get(continuation.header) : undefined;
      if (continuation && of && continuation.part >= 2) {
        const list = parts.get(of.key) ?? [];
        list.push({ part: continuation.part, index: col });
        parts.set(of.key, list);
      } else unknown.push({ index: col, text: text.trim() });
    });
    if (columns.size > bestCount) {
      bestCount = columns.size;
      const continued = new Map(
        [...parts].map(([key, list]) => [key, list.sort((a, b) => a.part - b.part).map((p) => p.index)]),
      );
      best = { id, grid, headerRow: r, columns, continued, unknown, languageVotes: votes };
    }
  }
  return best;
}

const TABLE_IDS = [...new Set([...LAYOUT_TABLES.complete, ...LAYOUT_TABLES.authority])];

function sheetNameMatches(name: string, labels: Readonly<Record<UiLanguage, string>>): boolean {
  const n = normaliseHeader(name);
  return UI_LANGUAGES.some((lang) => normaliseHeader(labels[lang]) === n);
}

export function recogniseSheets(grids: readonly Grid[]): RecognisedBook {
  const tables = new Map<TableId, FoundTable>();
  const ignored: string[] = [];
  const info = new Map<string, string>();
  const candidates: { found: FoundTable; named: boolean; score: number }[] = [];
  for (const grid of grids) {
    if (grid.name === INFO_SHEET) {
      for (const cells of grid.rows.values()) {
        const key = cells[1];
        const value = cells[2];
        if (typeof key === 'string') info.set(key, typeof value === 'string' ? value : '');
      }
      continue;
    }
    const named = TABLE_IDS.filter((id) => sheetNameMatches(grid.name, COLUMN_MAP[id].sheet));
    const pool = named.length > 0 ? named : TABLE_IDS;
    let best: { found: FoundTable; named: boolean; score: number } | undefined;
    for (const id of pool) {
      const found = matchHeaders(id, grid);
      if (!found) continue;
      const matched = found.columns.size;
      const present = matched + found.unknown.length;
      const isNamed = named.includes(id);
      const acceptable = isNamed ? matched >= 2 : matched >= 3 && matched / present >= 0.5;
      if (!acceptable) continue;
      // Prefer the table whose columns the sheet covers best: a complete activities sheet also matches some
      // authority headers, but covers far more of its own table.
      const score = matched / present + matched / COLUMN_MAP[id].columns.length;
      if (!best || score > best.score) best = { found, named: isNamed, score };
    }
    if (best) candidates.push(best);
    else ignored.push(grid.name);
  }
  candidates.sort((a, b) => Number(b.named) - Number(a.named) || b.score - a.score);
  for (const candidate of candidates) {
    if (tables.has(candidate.found.id)) ignored.push(candidate.found.grid.name);
    else tables.set(candidate.found.id, candidate.found);
  }
  return { tables, ignored: sortedByWorkbook(ignored, grids), info, order: grids.map((g) => g.name) };
}

function sortedByWorkbook(names: readonly string[], grids: readonly Grid[]): string[] {
  const order = new Map(grids.map((g, i) => [g.name, i]));
  return [...names].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/** The language the headers of the recognised tables are written in. */
export function headerLanguage(book: RecognisedBook, fallback: UiLanguage): UiLanguage {
  const stated = book.info.get('lang');
  if (isUiLanguage(stated)) return stated;
  const total = noVotes();
  for (const table of book.tables.values()) for (const lang of UI_LANGUAGES) total[lang] += table.languageVotes[lang];
  const ranked = [...UI_LANGUAGES].sort((a, b) => total[b] - total[a]);
  const top = ranked[0] as UiLanguage;
  return total[top] > 0 ? top : fallback;
}

/** One data row of a recognised table. */
export interface TableRow {
  rowNumber: number;
  cell(key: string): GridCell;
  has(key: string): boolean;
  header(key: string): string;
}

/**
 * A text the export spread over continuation columns, whole again. A part that cannot be read (an error value, a
 * formula) makes the whole text unreadable: half a text is not a value.
 */
function joinedParts(first: GridCell, more: readonly GridCell[]): GridCell {
  const all = [first, ...more];
  const unreadable = all.find((cell): cell is CellError => cell instanceof CellError);
  if (unreadable) return unreadable;
  if (all.every((cell) => cell === undefined)) return undefined;
  return all.map((cell) => cellText(cell as CellIn) ?? '').join('');
}

export function tableRows(table: FoundTable): TableRow[] {
  const out: TableRow[] = [];
  const numbers = [...table.grid.rows.keys()].filter((n) => n > table.headerRow).sort((a, b) => a - b);
  for (const rowNumber of numbers) {
    const cells = table.grid.rows.get(rowNumber) as GridCell[];
    const relevant = [...table.columns.values()].some((h) => {
      const cell = cells[h.index];
      return cell !== undefined && cell !== '' && !(typeof cell === 'string' && cell.trim() === '');
    });
    if (!relevant) continue;
    out.push({
      rowNumber,
      cell: (key) => {
        const h = table.columns.get(key);
        const first = h ? cells[h.index] : undefined;
        const more = table.continued.get(key);
        return more
          ? joinedParts(
              first,
              more.map((i) => cells[i]),
            )
          : first;
      },
      has: (key) => table.columns.has(key),
      header: (key) => table.columns.get(key)?.text ?? key,
    });
  }
  return out;
}
