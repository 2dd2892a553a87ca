/**
 * Hand-made sheets and tables for the spreadsheet-import tests, in the shapes the readers and the table finder
 * produce (`shared/spreadsheetImport/types.ts`): rows of cells by 1-based row and column, a found table with its
 * header rows, groups and instructions. Written here so tests of the mapping and the builder do not depend on the
 * readers being finished.
 */
import type { FoundSourceTable, SourceBook, SourceCell, SourceColumn, SourceSheet } from '../spreadsheetImport/types';

/** A sheet from rows of cells, the first row being row `firstRow`; empty strings are empty cells. */
export function sheetOf(
  name: string,
  rows: readonly (readonly (SourceCell | undefined)[])[],
  firstRow = 1,
): SourceSheet {
  const map = new Map<number, (SourceCell | undefined)[]>();
  rows.forEach((cells, i) => {
    if (cells.every((c) => c === undefined || c === '')) return;
    map.set(firstRow + i, [undefined, ...cells.map((c) => (c === '' ? undefined : c))]);
  });
  return { name, rows: map, merges: [], cleaned: [] };
}

/** The group of each column from a row with a group text at the first column of each group, like merged cells. */
export function groupsOf(row: readonly string[]): (string | undefined)[] {
  let current: string | undefined;
  return row.map((text) => {
    if (text !== '') current = text;
    return current;
  });
}

/**
 * A found table over a sheet whose header is `groups` (optional), `headers` and `instructions` (optional), in that
 * order from `firstHeaderRow`; data starts on the row after the last header row.
 */
export function tableOf(
  sheet: string,
  spec: {
    groups?: readonly string[];
    headers: readonly string[];
    instructions?: readonly string[];
    firstHeaderRow?: number;
  },
): FoundSourceTable {
  const first = spec.firstHeaderRow ?? 1;
  const groups = spec.groups ? groupsOf(spec.groups) : [];
  const headerRows = [first, ...(spec.groups ? [first + 1] : []), ...(spec.instructions ? [first + 2] : [])];
  const columns: SourceColumn[] = spec.headers.map((raw, i) => {
    const header = raw.replace(/\*/g, '').replace(/\s+/g, ' ').trim();
    const group = groups[i];
    const instruction = spec.instructions?.[i];
    return {
      index: i + 1,
      header,
      ...(group ? { group } : {}),
      ...(instruction ? { instruction } : {}),
      mandatory: raw.includes('*'),
    };
  });
  const last = headerRows[headerRows.length - 1] as number;
  return { sheet, headerRows, firstDataRow: last + 1, columns, confidence: 0.9 };
}

/** A book of one sheet whose first rows are the header rows of `tableOf`, followed by `data`. */
export function bookOf(
  name: string,
  spec: { groups?: readonly string[]; headers: readonly string[]; instructions?: readonly string[] },
  data: readonly (readonly (SourceCell | undefined)[])[],
): { book: SourceBook; sheet: SourceSheet; table: FoundSourceTable } {
  const header = [
    ...(spec.groups ? [spec.groups] : []),
    spec.headers,
    ...(spec.instructions ? [spec.instructions] : []),
  ];
  const sheet = sheetOf(name, [...header, ...data]);
  return { book: { format: 'xlsx', sheets: [sheet] }, sheet, table: tableOf(name, spec) };
}
