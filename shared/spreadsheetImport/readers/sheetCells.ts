/**
 * Collects one sheet's cells as a reader finds them, the same way for every format: text that a register cannot keep
 * (NUL characters, half surrogate pairs) is cleaned as `gridsOf` does for workbooks and the cell is listed in
 * `cleaned`; empty texts are no value; rows with no value are left out; and a cell hidden under a merged range keeps
 * no value of its own (the contract puts a merge's value in its top-left cell only, whatever the file held).
 */
import { normaliseText, unsafeTextReason } from '../../register/textSafety';
import type { MergedRange, SourceCell } from '../types';
import type { ReadSheet, UnreadableCell } from './readTypes';

export class SheetCells {
  private readonly rows = new Map<number, (SourceCell | undefined)[]>();
  private readonly cleaned: { row: number; col: number }[] = [];
  private readonly unreadable: UnreadableCell[] = [];
  private readonly merges: MergedRange[] = [];

  constructor(private readonly name: string) {}

  set(row: number, col: number, value: SourceCell | undefined): void {
    if (value === undefined || value === '') return;
    let cell = value;
    if (typeof value === 'string' && unsafeTextReason(value) !== undefined) {
      cell = normaliseText(value);
      this.cleaned.push({ row, col });
      if (cell === '') return;
    }
    let cells = this.rows.get(row);
    if (!cells) {
      cells = [];
      this.rows.set(row, cells);
    }
    cells[col] = cell;
  }

  setUnreadable(cell: UnreadableCell): void {
    this.unreadable.push(cell);
  }

  merge(range: MergedRange): void {
    if (range.bottom > range.top || range.right > range.left) this.merges.push(range);
  }

  /** The sheet, with cells under merged ranges emptied; rows are in ascending order. */
  finish(): ReadSheet {
    return sheetOf(this.name, this.rows, this.merges, this.cleaned, this.unreadable);
  }
}

/** A sheet from rows read elsewhere (a workbook's grid), with the same rules for merges and empty rows. */
export function sheetOf(
  name: string,
  rows: Map<number, (SourceCell | undefined)[]>,
  merges: MergedRange[],
  cleaned: { row: number; col: number }[],
  unreadable: UnreadableCell[],
): ReadSheet {
  const covered = (row: number, col: number): boolean =>
    merges.some(
      (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row > m.top || col > m.left),
    );
  for (const m of merges) {
    // Only the rows that exist are visited: a merge over a million rows costs no more than the sheet's own rows.
    const span = m.bottom - m.top + 1;
    const numbers =
      span <= rows.size ? range(m.top, m.bottom) : [...rows.keys()].filter((r) => r >= m.top && r <= m.bottom);
    for (const r of numbers) {
      const cells = rows.get(r);
      if (!cells) continue;
      for (let c = m.left; c <= Math.min(m.right, cells.length - 1); c += 1) {
        if ((r > m.top || c > m.left) && cells[c] !== undefined) cells[c] = undefined;
      }
    }
  }
  const kept = new Map<number, (SourceCell | undefined)[]>();
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const cells = rows.get(r) as (SourceCell | undefined)[];
    if (cells.some((c) => c !== undefined && c !== '')) kept.set(r, cells);
  }
  return {
    name,
    rows: kept,
    merges,
    cleaned: cleaned.filter((c) => !covered(c.row, c.col)),
    unreadable: unreadable.filter((c) => !covered(c.row, c.col)),
  };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i += 1) out.push(i);
  return out;
}
