/**
 * The contract between the parts of importing a register kept elsewhere (issue 15): readers turn a file into sheets
 * of cells, the table finder finds the table of processing activities and its header, the mapping proposes a field
 * per column, and the builder turns rows into records with a report. Each part is tested on its own against these
 * shapes; none of them writes anything.
 */
import type { TextLanguage } from '../i18n/languages';

/** A cell as a reader gives it: text, a number, a boolean or a date (xlsx and ods dates, already converted). */
export type SourceCell = string | number | boolean | Date;

/** `json`: another register tool's JSON export, read as sheets (readers/jsonExportReader.ts). */
export type SourceFormat = 'xlsx' | 'ods' | 'csv' | 'tsv' | 'json';

/** A rectangle of merged cells, 1-based and inclusive: the value sits in the top-left cell. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SourceSheet {
  name: string;
  /** Rows by their 1-based number; each row's cells by 1-based column (index 0 unused); sparse, empty rows left out. */
  rows: Map<number, (SourceCell | undefined)[]>;
  merges: MergedRange[];
  /** Cells whose text held characters a register cannot keep, cleaned on reading (reported by the import). */
  cleaned: { row: number; col: number }[];
}

export interface SourceBook {
  format: SourceFormat;
  sheets: SourceSheet[];
  /** For CSV and TSV: what was detected, so the report can say it. */
  encoding?: 'utf-8' | 'utf-8-bom' | 'windows-1252';
  separator?: ',' | ';' | '\t';
}

/** One column of a found table, its header read over all header rows. */
export interface SourceColumn {
  /** 1-based column number in the sheet. */
  index: number;
  /** The column's own header text, cleaned: asterisks, line breaks and surrounding spaces removed. */
  header: string;
  /** The group the column sits under (a merged cell in a row above), when the header has one. */
  group?: string;
  /** An instruction or example row's text under the header, when there is one ("Vul hier ... in"). */
  instruction?: string;
  /** True when the header marked the column as mandatory (an asterisk). */
  mandatory: boolean;
  /** Each cell holds one value, commas and line breaks included (a form's item rows): cells are not split. */
  oneValue?: boolean;
}

/** The table of processing activities (or of another kind of record) in a sheet. */
export interface FoundSourceTable {
  sheet: string;
  /** Header rows, top to bottom (1 to 3 or so); data starts after the last one (and after an instruction row). */
  headerRows: number[];
  firstDataRow: number;
  columns: SourceColumn[];
  /** 0..1: how sure the finder is that this is a table of processing activities. */
  confidence: number;
}

/** A register field a column can feed, by its path in the record (`purposes`, `retention.period`, `name`). */
export interface FieldTarget {
  kind: 'activities' | 'processorActivities';
  path: string;
}

export interface ColumnMapping {
  column: number;
  /** Where the column goes; undefined when it is ignored. */
  target?: FieldTarget;
  /** 0..1, from the header words and the shape of the values. */
  confidence: number;
  /** Why: which header word matched or what the values looked like, for the mapping screen. */
  reason: string;
}

/** A saved mapping: reused for the next file of the same shape (stored in the settings and as a JSON file). */
export interface SavedMapping {
  format: 'ropa-import-mapping';
  version: 1;
  name: string;
  /** The header texts the mapping was made for, in column order: how a later file is recognised. */
  headers: string[];
  columns: { header: string; target?: FieldTarget }[];
  /** The language the source texts are in (they become the register's main-language texts or its translations). */
  language: TextLanguage;
}
