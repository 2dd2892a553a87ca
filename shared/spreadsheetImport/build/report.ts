/**
 * The mapping report, shown before an import is applied and saved with it: which columns went to which field (and
 * how sure the mapping was), which were ignored, every value that was not understood with its sheet, row, column
 * and why, the records created and updated per kind, and what the register still needs by Art. 30 letter for the
 * records this import touched. The "still needed" list is derived from the field descriptors' Art. 30 points.
 */
import { isInEea } from '../../catalogue/countries';
import { columnLetter } from '../../excel/cells';
import type { TextLanguage, UiLanguage } from '../../i18n/languages';
import { translate } from '../../i18n/translate';
import type { Activity } from '../../model/activity';
import type { Art30Point } from '../../model/fieldDescriptor';
import type { ProcessorActivity } from '../../model/processorActivity';
import { RECORD_FIELDS, RECORD_KINDS, type RecordKind, type Register } from '../../model/register';
import { fieldWords } from '../../model/words';
import type { FieldTarget } from '../types';
import type { ImportKind } from '../mapping/targets';
import { ART30_POINTS, IMPORT_PROBLEMS, type ImportProblemKey } from './messages';

export interface ReportColumn {
  /** 1-based column number and its letter ("C"). */
  column: number;
  letter: string;
  header: string;
  group?: string;
}

export interface MappedColumn extends ReportColumn {
  target: FieldTarget;
  /** The field's name in the report's language. */
  label: string;
  confidence: number;
}

export interface IgnoredColumn extends ReportColumn {
  reason: string;
}

/** A value, row or column that was not taken over as it is. */
export interface CellIssue {
  sheet: string;
  /** 1-based row; 0 for the sheet or a column as a whole. */
  row: number;
  /** Column letter; empty for a whole row or the sheet. */
  column: string;
  header: string;
  /** The text concerned, as written. */
  text: string;
  code: ImportProblemKey;
  /** Why, in the report's language. */
  why: string;
}

export interface RecordChange {
  kind: RecordKind;
  id: string;
  name: string;
  /** The sheet rows the record was read from (for activities) or first named on (for linked records). */
  rows: number[];
  /** The sheet of those rows, when it is not the report's `sheet` (a form sheet). */
  sheet?: string;
}

/** A sheet laid out as a form (one processing), read as one record: which labels fed which field. */
export interface FormReport {
  sheet: string;
  /** The processing the form names. */
  name: string;
  reference?: string;
  values: { row: number; column: string; label: string; target: FieldTarget; field: string }[];
}

/** The fields of one Art. 30 point that records of this import still lack. */
export interface StillNeeded {
  point: Art30Point;
  /** What the point asks, in the report's language. */
  what: string;
  records: { id: string; name: string; reference?: string; fields: string[] }[];
}

export interface ImportReport {
  sheet: string;
  kind: ImportKind;
  /** The language the source texts were read as. */
  language: TextLanguage;
  rows: { read: number; records: number; skipped: number };
  columns: { mapped: MappedColumn[]; ignored: IgnoredColumn[] };
  cells: CellIssue[];
  counts: Record<RecordKind, { created: number; updated: number }>;
  created: RecordChange[];
  updated: RecordChange[];
  stillNeeded: StillNeeded[];
  /** Form sheets read besides the table (one record each), when there were any. */
  forms?: FormReport[];
}

export function emptyCounts(): Record<RecordKind, { created: number; updated: number }> {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, { created: 0, updated: 0 }])) as Record<
    RecordKind,
    { created: number; updated: number }
  >;
}

/** Collects the issues of one import in the report's language. */
export class Issues {
  readonly list: CellIssue[] = [];
  constructor(
    readonly sheet: string,
    readonly lang: UiLanguage,
  ) {}

  add(
    at: { row: number; column?: number; header?: string },
    code: ImportProblemKey,
    text: string,
    params: Record<string, string | number> = {},
  ): void {
    this.list.push({
      sheet: this.sheet,
      row: at.row,
      column: at.column ? columnLetter(at.column) : '',
      header: at.header ?? '',
      text,
      code,
      why: translate(IMPORT_PROBLEMS, this.lang, code, { value: text, ...params }),
    });
  }

  /** Sheet-wide issues first, then row by row and column by column, as the DPO goes through the file. */
  sort(): void {
    this.list.sort((a, b) => a.row - b.row || a.column.length - b.column.length || a.column.localeCompare(b.column));
  }
}

/** Points where one filled field is enough (recipients or processors; measures or a description of them). */
const ANY_OF: ReadonlySet<Art30Point> = new Set(['1d', '1g', '2d']);
/** Fields that serve a point only where applicable, never asked for on their own. */
const WHERE_APPLICABLE: ReadonlySet<string> = new Set(['subProcessorIds']);

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** The top-level fields serving each point of Art. 30, from the descriptors. */
function fieldsByPoint(kind: ImportKind): Map<Art30Point, string[]> {
  const out = new Map<Art30Point, string[]>();
  for (const [path, descriptor] of Object.entries(RECORD_FIELDS[kind])) {
    if (WHERE_APPLICABLE.has(path) || path === 'name') continue;
    for (const point of descriptor.art30 ?? []) out.set(point, [...(out.get(point) ?? []), path]);
  }
  return out;
}

/** The recipients and processors outside the EEA, by id: asked about for every record an import touched. */
function outsideEea(register: Register): Set<string> {
  const outside = (country: string) => !isInEea(country);
  const ids = new Set<string>();
  for (const r of register.recipients) if (outside(r.country)) ids.add(r.id);
  for (const p of register.processors) if (p.countries.some(outside)) ids.add(p.id);
  return ids;
}

/** Whether a record sends data outside the EEA: then the transfers point applies. */
function leavesEea(record: Activity | ProcessorActivity, outside: ReadonlySet<string>): boolean {
  const recipients = 'recipientIds' in record ? record.recipientIds : [];
  const processors = 'processorIds' in record ? record.processorIds : record.subProcessorIds;
  return recipients.some((id) => outside.has(id)) || processors.some((id) => outside.has(id));
}

/** What the records this import created or updated still lack, by Art. 30 point. */
export function stillNeeded(
  kind: ImportKind,
  records: readonly (Activity | ProcessorActivity)[],
  register: Register,
  lang: UiLanguage,
): StillNeeded[] {
  const out: StillNeeded[] = [];
  const outside = outsideEea(register);
  for (const [point, paths] of fieldsByPoint(kind)) {
    const entry: StillNeeded = { point, what: translate(ART30_POINTS, lang, point), records: [] };
    for (const record of records) {
      if ((point === '1e' || point === '2c') && !leavesEea(record, outside)) continue;
      const values = record as unknown as Record<string, unknown>;
      const empty = paths.filter((path) => isEmpty(values[path]));
      if (empty.length === 0 || (ANY_OF.has(point) && empty.length < paths.length)) continue;
      entry.records.push({
        id: record.id,
        name: record.name,
        ...(record.reference ? { reference: record.reference } : {}),
        fields: empty.map((path) => fieldWords(path, lang)?.label ?? path),
      });
    }
    if (entry.records.length > 0) out.push(entry);
  }
  return out.sort((a, b) => a.point.localeCompare(b.point));
}
