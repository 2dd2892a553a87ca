/**
 * What a record table is made of: per record kind a list of column specifications. A column says how its header
 * reads, what its cell shows (as text, computed from the record and the live register), how it sorts, how it is
 * filtered and whether it is shown by default. Pure data and functions, so they are tested in Node.
 */
import type { UiLanguage } from '../../shared/i18n/languages';
import type { AnyRecord, RecordKind } from '../../shared/model';
import type { TableContext } from './tableContext';

/** How a part of a cell is marked besides its text (never by colour alone: the text or a tag says it too). */
export type CellTone = 'special' | 'criminal' | 'national-id' | 'error' | 'warning' | 'info' | 'none';

/** One item of a list cell: "Health data" with the tag "Art. 9 GDPR". */
export interface CellPart {
  text: string;
  tag?: string;
  tone?: CellTone;
}

export interface CellValue {
  /** The text of the cell, as searched, filtered and shown. */
  text: string;
  /** List cells: the items, shown separated; `text` is their joined form. */
  parts?: readonly CellPart[];
  separator?: string;
  /** A leading symbol (aria-hidden; the text says the same). */
  icon?: string;
  tone?: CellTone;
}

export interface ChoiceOption {
  value: string;
  label: string;
}

export type FilterSpec<R> =
  | { kind: 'text' }
  /** Multi-select: a row matches when one of its values is selected. */
  | {
      kind: 'choice';
      options: (ctx: TableContext) => readonly ChoiceOption[];
      values: (record: R, ctx: TableContext) => readonly string[];
    }
  /** From–to on an ISO date. */
  | { kind: 'date'; value: (record: R) => string | undefined };

export type FilterKind = FilterSpec<unknown>['kind'];

export interface ColumnSpec<R> {
  id: string;
  header: (lang: UiLanguage) => string;
  value: (record: R, ctx: TableContext) => CellValue;
  /** What the column sorts by; by default a natural sort key of the text. Undefined sorts last. */
  sortValue?: (record: R, ctx: TableContext) => string | number | undefined;
  filter: FilterSpec<R>;
  /** What rows are grouped by when grouping on this column; by default the cell's text. */
  groupValue?: (record: R, ctx: TableContext) => string;
  defaultVisible: boolean;
  /** Width in pixels (the table has a fixed layout so virtual rows never shift the columns). */
  width: number;
  /** The name column: a link to the record's editor, never hidden. */
  isName?: boolean;
  /** Right-aligned numbers. */
  numeric?: boolean;
}

export interface KindTableSpec<R> {
  kind: RecordKind;
  columns: readonly ColumnSpec<R>[];
  /** Column ids offered in "Group by". */
  groupBy: readonly string[];
  defaultSort: { id: string; desc: boolean };
  /** Text searched besides the columns' (translations, descriptions). */
  searchExtra?: (record: R, ctx: TableContext) => readonly (string | undefined)[];
}

export type AnyKindTableSpec = KindTableSpec<AnyRecord>;

export const EMPTY_CELL: CellValue = { text: '' };

export function textCell(text: string | undefined): CellValue {
  return text ? { text } : EMPTY_CELL;
}

/** A list cell; `separator` joins the items into the cell's text. */
export function listCell(parts: readonly CellPart[], separator = ', '): CellValue {
  if (parts.length === 0) return EMPTY_CELL;
  return { text: parts.map((p) => (p.tag ? `${p.text} (${p.tag})` : p.text)).join(separator), parts, separator };
}

export function listOf(texts: readonly (string | undefined)[], separator = ', '): CellValue {
  return listCell(
    texts.filter((t): t is string => t !== undefined && t !== '').map((text) => ({ text })),
    separator,
  );
}
