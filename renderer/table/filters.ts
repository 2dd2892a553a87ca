/**
 * Column filters: a text the cell must contain, a set of choices one of which the row must have, or a date range.
 * The values are what the table keeps in its state; `matchesFilter` is what its filtered row model asks per row.
 */
import type { AnyRecord } from '../../shared/model';
import type { ColumnSpec } from './columnTypes';
import type { TableRow } from './rowModel';
import { foldText } from './text';

export type FilterValue =
  | { kind: 'text'; text: string }
  | { kind: 'choice'; values: readonly string[] }
  | { kind: 'date'; from?: string; to?: string };

/** An empty filter is no filter: the table drops it. */
export function isEmptyFilter(value: FilterValue | undefined): boolean {
  if (!value) return true;
  switch (value.kind) {
    case 'text':
      return value.text.trim() === '';
    case 'choice':
      return value.values.length === 0;
    case 'date':
      return !value.from && !value.to;
  }
}

/** Done once per filter change, not per row: the folded text to look for. */
export function resolveFilter(value: FilterValue): FilterValue {
  return value.kind === 'text' ? { kind: 'text', text: foldText(value.text.trim()) } : value;
}

/** Whether a row passes a (resolved) filter on one column. */
export function matchesFilter(row: TableRow, column: ColumnSpec<AnyRecord>, value: FilterValue): boolean {
  switch (value.kind) {
    case 'text':
      return row.foldedText(column.id).includes(value.text);
    case 'choice': {
      if (column.filter.kind !== 'choice') return true;
      const have = column.filter.values(row.record, row.ctx);
      for (const v of have) if (value.values.includes(v)) return true;
      return false;
    }
    case 'date': {
      if (column.filter.kind !== 'date') return true;
      const date = column.filter.value(row.record);
      if (!date) return false;
      // ISO dates compare as strings; "to" includes the whole day.
      return (!value.from || date >= value.from) && (!value.to || date <= value.to);
    }
  }
}
