/**
 * Records named in cells — recipients, processors, categories, security measures, legal references, organisations,
 * transfers — matched to the register's records by name or created once. Names are compared without case, accents,
 * punctuation or spacing ("Mutas" = "MUTAS", "Financiële gegevens" = "Financiele gegevens"), in every language a
 * record has, and an existing record is also found by the abbreviation its name ends with: "RIZIV" finds
 * "Rijksinstituut voor Ziekte- en Invaliditeitsverzekering (RIZIV)". A created record starts from the descriptors'
 * initial values and what the cells said, and must pass its schema.
 */
import { KIND_LABELS } from '../../catalogue/fieldLabels';
import { NameIndex, namesOf } from '../../excel/importShared';
import type { Plain } from '../../excel/paths';
import type { UiLanguage } from '../../i18n/languages';
import { initialValues } from '../../model/recordFields';
import { RECORD_SCHEMAS, type AnyRecord, type RecordKind, type Register } from '../../model/register';
import type { Issues, RecordChange } from './report';
import { matchKey } from '../values/fold';

/** Where a name was read, for the report. */
export interface CellAt {
  row: number;
  column: number;
  header: string;
}

/** The other names an existing record is known by: its name without the brackets at its end, and what they hold. */
function aliases(name: string): string[] {
  const match = /^(.*\S)\s*\(([^()]+)\)\s*$/u.exec(name.trim());
  if (!match) return [];
  const inner = (match[2] as string).trim();
  // An abbreviation: one or two words with capitals ("RIZIV", "CM-Zorgkas", "FOD Financiën").
  const abbreviation = inner.split(/\s+/).length <= 2 && /\p{Lu}.*\p{Lu}/u.test(inner) ? [inner] : [];
  return [match[1] as string, ...abbreviation];
}

export class LinkedRecords {
  private readonly indexes = new Map<RecordKind, NameIndex>();
  readonly created: RecordChange[] = [];
  /** The created records by id, with the rows already listed: a name met on thousands of rows is looked up, not searched. */
  private readonly createdById = new Map<string, { change: RecordChange; rows: Set<number> }>();

  constructor(
    private readonly register: Register,
    private readonly newId: () => string,
    private readonly issues: Issues,
    private readonly lang: UiLanguage,
  ) {}

  private index(kind: RecordKind): NameIndex {
    let index = this.indexes.get(kind);
    if (!index) {
      index = new NameIndex(matchKey);
      // Exact names first, so that an abbreviation never hides a record of that very name.
      const records = this.register[kind] as AnyRecord[];
      for (const record of records) index.add(record.id, namesOf(record));
      const exact = new NameIndex(matchKey);
      for (const record of records) exact.add(record.id, namesOf(record));
      for (const record of records)
        for (const alias of namesOf(record).flatMap(aliases))
          if (exact.find(alias) === undefined) index.add(record.id, [alias]);
      this.indexes.set(kind, index);
    }
    return index;
  }

  /** The record of a kind with this name: its id, 'ambiguous' when several have it, undefined when none. */
  find(kind: RecordKind, name: string): string | 'ambiguous' | undefined {
    return this.index(kind).find(name);
  }

  private kindLabel(kind: RecordKind): string {
    return KIND_LABELS[kind].one[this.lang];
  }

  /**
   * The id of the record named `name`, created from `fields` when none has the name (once: the next cell that names
   * it finds the new record). Undefined, reported, when several records have the name or the record cannot be made.
   */
  resolve(kind: RecordKind, name: string, at: CellAt, fields: () => Plain | undefined): string | undefined {
    const trimmed = name.trim();
    if (matchKey(trimmed) === '') return undefined;
    const found = this.find(kind, trimmed);
    if (found === 'ambiguous') {
      this.issues.add(at, 'ambiguousName', trimmed, { kind: this.kindLabel(kind) });
      return undefined;
    }
    if (found !== undefined) {
      const created = this.createdById.get(found);
      if (created && !created.rows.has(at.row)) {
        created.rows.add(at.row);
        created.change.rows.push(at.row);
      }
      return found;
    }
    const extra = fields();
    if (!extra) return undefined;
    const draft = { ...initialValues(kind), ...extra, id: this.newId(), name: trimmed };
    const parsed = RECORD_SCHEMAS[kind].safeParse(draft);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      this.issues.add(at, 'invalidField', trimmed, {
        detail: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
      });
      return undefined;
    }
    const record = parsed.data as AnyRecord;
    (this.register[kind] as AnyRecord[]).push(record);
    this.index(kind).add(record.id, [trimmed]);
    const change: RecordChange = { kind, id: record.id, name: trimmed, rows: [at.row] };
    this.created.push(change);
    this.createdById.set(record.id, { change, rows: new Set([at.row]) });
    return record.id;
  }
}
