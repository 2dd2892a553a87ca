/**
 * The data rows of a found table, grouped into records. A register kept by hand often spreads one processing over
 * several rows: the rows repeat its number or name, or leave them empty under it (continuation rows, often with
 * the name in a cell merged downwards). Rows with the same number are one record wherever they stand; a row with
 * no number and the same name as the record above, or with neither, continues that record.
 */
import { cellText } from '../../excel/cells';
import type { FoundSourceTable, SourceCell, SourceSheet } from '../types';
import { matchKey } from '../values/fold';

export interface SourceRow {
  row: number;
  cells: readonly (SourceCell | undefined)[];
}

export interface RecordRows {
  rows: SourceRow[];
  reference?: string;
  name?: string;
}

/** A cell's text with line ends normalised and spaces trimmed; empty for an empty cell. */
export function textOf(cell: SourceCell | undefined): string {
  return (cellText(cell) ?? '').replace(/\r\n?/g, '\n').trim();
}

/**
 * The rows from the first data row down that hold anything in the given columns, in sheet order. A cell merged
 * downwards counts on every row it covers ("Klantendienst" merged over the three activities of that process): the
 * readers give its value in the top cell only.
 */
export function dataRows(sheet: SourceSheet, table: FoundSourceTable, columns: readonly number[]): SourceRow[] {
  const rows = new Map<number, (SourceCell | undefined)[]>();
  for (const [row, cells] of sheet.rows) if (row >= table.firstDataRow) rows.set(row, cells);
  const wanted = new Set(columns);
  for (const merge of sheet.merges) {
    if (merge.bottom <= merge.top || !wanted.has(merge.left) || merge.bottom < table.firstDataRow) continue;
    const value = sheet.rows.get(merge.top)?.[merge.left];
    if (value === undefined) continue;
    for (let row = Math.max(merge.top + 1, table.firstDataRow); row <= merge.bottom; row += 1) {
      const cells = [...(rows.get(row) ?? [])];
      if (textOf(cells[merge.left]) !== '') continue;
      cells[merge.left] = value;
      rows.set(row, cells);
    }
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .filter(([, cells]) => columns.some((col) => textOf(cells[col]) !== ''))
    .map(([row, cells]) => ({ row, cells }));
}

/** One line, spaces collapsed: names may hold line breaks where the column was narrow. */
export function flatText(cell: SourceCell | undefined): string {
  return textOf(cell).replace(/\s+/g, ' ');
}

/**
 * Rows grouped into records by the number column and the name column (either may be absent). Rows that can belong
 * to no record (no number, no name, and no record above) are returned apart.
 */
export function groupRows(
  rows: readonly SourceRow[],
  referenceColumn: number | undefined,
  nameColumn: number | undefined,
): { records: RecordRows[]; orphans: SourceRow[] } {
  const records: RecordRows[] = [];
  const orphans: SourceRow[] = [];
  const byReference = new Map<string, RecordRows>();
  // The last record of each name: thousands of rows without numbers are not searched one by one.
  const byName = new Map<string, RecordRows>();
  const named = (record: RecordRows) => {
    if (record.name !== undefined) byName.set(matchKey(record.name), record);
  };
  for (const row of rows) {
    const reference = referenceColumn === undefined ? '' : flatText(row.cells[referenceColumn]);
    const name = nameColumn === undefined ? '' : flatText(row.cells[nameColumn]);
    const previous = records[records.length - 1];
    if (reference !== '') {
      const key = matchKey(reference) || reference;
      const known = byReference.get(key);
      if (known) {
        known.rows.push(row);
        if (!known.name && name) {
          known.name = name;
          named(known);
        }
        continue;
      }
      const record: RecordRows = { rows: [row], reference, ...(name ? { name } : {}) };
      byReference.set(key, record);
      records.push(record);
      named(record);
      continue;
    }
    if (name !== '') {
      // The record with this name: the one just above, else the last earlier one (a record over scattered rows).
      const same = byName.get(matchKey(name));
      if (same) same.rows.push(row);
      else {
        const record: RecordRows = { rows: [row], name };
        records.push(record);
        named(record);
      }
      continue;
    }
    if (previous) previous.rows.push(row);
    else orphans.push(row);
  }
  return { records, orphans };
}
