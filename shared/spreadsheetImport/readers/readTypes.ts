/**
 * What the readers give beyond the contract in `../types.ts`: a sheet also lists the cells whose content could not
 * be taken as a value (a formula, an error value such as #N/A), so the report can name them instead of showing an
 * empty cell with no reason. A `ReadBook` is a `SourceBook`; parts that know only the contract ignore the extra.
 */
import type { SourceBook, SourceSheet } from '../types';

/** Why a non-empty cell was read as empty. */
export type UnreadableReason = 'formula' | 'errorValue' | 'notText';

export interface UnreadableCell {
  row: number;
  col: number;
  reason: UnreadableReason;
  /** What the cell held, shortened: the formula (`=A1+1`) or the error value (`#N/A`). */
  value?: string;
}

export interface ReadSheet extends SourceSheet {
  unreadable: UnreadableCell[];
}

export interface ReadBook extends SourceBook {
  sheets: ReadSheet[];
}

export interface ReadOptions {
  /** The largest file accepted, in bytes (default 50 MB, as for workbooks). */
  maxBytes?: number;
}
