/**
 * A few values of each column of the found table, as the mapping screen shows them beside the proposed field: the
 * first distinct non-empty cells under the header, dates as ISO dates and line breaks kept as " ⏎ " so a cell with
 * several values reads as such in one line.
 */
import { utcDateToIso } from '../../../shared/excel/cells';
import type { FoundSourceTable, SourceBook, SourceCell } from '../../../shared/spreadsheetImport/types';

/** How long a sample may get before it is cut: the cell is read whole by the import, this is only a glimpse. */
const MAX_SAMPLE = 80;

function cellText(cell: SourceCell | undefined): string {
  if (cell === undefined) return '';
  const text = cell instanceof Date ? utcDateToIso(cell) : String(cell);
  const line = text
    .split(/\r?\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ⏎ ');
  return line.length > MAX_SAMPLE ? `${line.slice(0, MAX_SAMPLE - 1)}…` : line;
}

/** Up to `count` sample values per column number of the table. */
export function columnSamples(book: SourceBook, table: FoundSourceTable, count = 3): Map<number, string[]> {
  const out = new Map<number, string[]>(table.columns.map((c) => [c.index, []]));
  const sheet = book.sheets.find((s) => s.name === table.sheet);
  if (!sheet) return out;
  const rows = [...sheet.rows.keys()].filter((r) => r >= table.firstDataRow).sort((a, b) => a - b);
  for (const column of table.columns) {
    const samples = out.get(column.index) ?? [];
    for (const row of rows) {
      if (samples.length >= count) break;
      const text = cellText(sheet.rows.get(row)?.[column.index]);
      if (text && !samples.includes(text)) samples.push(text);
    }
    out.set(column.index, samples);
  }
  return out;
}
