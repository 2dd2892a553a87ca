/**
 * Turns a found table and its column mapping into register records, merged into the current register (matched on
 * processing number, then name) or into an empty one, with the mapping report. Nothing is written: the caller shows
 * the report and the changes and applies them all or nothing. Whatever the mapping, the result passes the register
 * schema — a value that does not fit is left out and reported, a record that cannot be made is skipped and reported.
 */
import { columnLetter } from '../../excel/cells';
import { checkRegister, NameIndex, namesOf, parseLeniently, randomId } from '../../excel/importShared';
import type { Plain } from '../../excel/paths';
import type { TextLanguage, UiLanguage } from '../../i18n/languages';
import { translate } from '../../i18n/translate';
import type { Activity } from '../../model/activity';
import type { ProcessorActivity } from '../../model/processorActivity';
import { RECORD_FIELDS, RECORD_KINDS, RECORD_SCHEMAS, type AnyRecord, type Register } from '../../model/register';
import { deepEqual } from '../../register/compare';
import { stampRegister } from '../../translation/stamping';
import { findTarget, targetLabel, type ImportKind, type ImportTarget } from '../mapping/targets';
import type { ColumnMapping, FoundSourceTable, SourceBook, SourceColumn } from '../types';
import { LinkedRecords } from './linkedRecords';
import { mergeIncoming } from './mergeRecord';
import { REPORT_TEXTS } from './messages';
import { RecordReader, type Incoming, type MappedSource } from './readRecord';
import {
  emptyCounts,
  Issues,
  stillNeeded,
  type IgnoredColumn,
  type ImportReport,
  type MappedColumn,
  type RecordChange,
} from './report';
import { dataRows, groupRows, type RecordRows } from './sourceRows';
import { matchKey } from '../values/fold';

export interface BuildOptions {
  /** Language of the report. */
  lang?: UiLanguage;
  /** Language the source texts are in; the register's main language when absent. */
  language?: TextLanguage;
  /** The register the table fills; by default the one most mapped columns point at. */
  kind?: ImportKind;
  /** Today (ISO date): an end date on or before it retires a record whose status no column gives. */
  today?: string;
  /** Ids for new records and list items (tests pass a counter). */
  newId?: () => string;
}

export interface BuildResult {
  register: Register;
  report: ImportReport;
}

type ImportedRecord = Activity | ProcessorActivity;

interface Built {
  group: RecordRows;
  incoming: Incoming;
  existing?: ImportedRecord;
  record: ImportedRecord;
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The fields of a kind that hold an object of sub-fields (`dpia`): their sub-fields are read like top-level ones. */
function objectParents(kind: ImportKind): Set<string> {
  return new Set(
    Object.entries(RECORD_FIELDS[kind])
      .filter(([, d]) => d.widget.type === 'object')
      .map(([path]) => path),
  );
}

interface ResolvedMapping {
  kind: ImportKind;
  sources: MappedSource[];
  mapped: MappedColumn[];
  ignored: IgnoredColumn[];
}

function resolveMapping(
  table: FoundSourceTable,
  mapping: readonly ColumnMapping[],
  issues: Issues,
  lang: UiLanguage,
  wanted: ImportKind | undefined,
): ResolvedMapping {
  const columnInfo = (index: number): Pick<SourceColumn, 'header' | 'group' | 'oneValue'> =>
    table.columns.find((c) => c.index === index) ?? { header: '' };
  const base = (index: number) => {
    const info = columnInfo(index);
    return {
      column: index,
      letter: columnLetter(index),
      header: info.header,
      ...(info.group ? { group: info.group } : {}),
    };
  };
  // One mapping per column (the first given), valid column numbers only.
  const byColumn = new Map<number, ColumnMapping>();
  for (const m of mapping)
    if (Number.isInteger(m.column) && m.column >= 1 && !byColumn.has(m.column)) byColumn.set(m.column, m);
  const valid = [...byColumn.values()]
    .map((m) => ({ m, target: findTarget(m.target) }))
    .filter((x): x is { m: ColumnMapping; target: ImportTarget } => x.target !== undefined);
  const votes = valid.reduce((n, { target }) => n + (target.kind === 'processorActivities' ? 1 : -1), 0);
  const kind: ImportKind = wanted ?? (votes > 0 ? 'processorActivities' : 'activities');

  const ignored: IgnoredColumn[] = [];
  const ignore = (index: number, reason: string) => ignored.push({ ...base(index), reason });
  const taken = new Map<string, number>();
  const accepted = new Map<number, ImportTarget>();
  // A field that takes one column gets the most confident one.
  const ordered = [...byColumn.values()].sort(
    (a, b) => (b.confidence || 0) - (a.confidence || 0) || a.column - b.column,
  );
  for (const m of ordered) {
    const at = { row: 0, column: m.column, header: columnInfo(m.column).header };
    if (!m.target) continue;
    const target = findTarget(m.target);
    if (!target) {
      issues.add(at, 'unknownTarget', `${m.target.kind}.${m.target.path}`);
      continue;
    }
    if (target.kind !== kind) {
      issues.add(at, 'otherKind', `${m.target.kind}.${m.target.path}`);
      continue;
    }
    const holder = taken.get(target.path);
    if (holder !== undefined && !target.many) {
      issues.add(at, 'duplicateTarget', columnLetter(holder), { field: targetLabel(target, lang) });
      continue;
    }
    if (holder === undefined) taken.set(target.path, m.column);
    accepted.set(m.column, target);
  }
  const mapped: MappedColumn[] = [];
  const sources: MappedSource[] = [];
  const columns = [...new Set([...table.columns.map((c) => c.index), ...byColumn.keys()])].sort((a, b) => a - b);
  for (const index of columns) {
    const target = accepted.get(index);
    const m = byColumn.get(index);
    if (target) {
      mapped.push({
        ...base(index),
        target: { kind: target.kind, path: target.path },
        label: targetLabel(target, lang),
        confidence: Math.max(0, Math.min(1, Number.isFinite(m?.confidence) ? (m?.confidence as number) : 0)),
      });
      const info = columnInfo(index);
      sources.push({ index, header: info.header, target, ...(info.oneValue ? { oneValue: true } : {}) });
    } else ignore(index, m && !m.target && m.reason ? m.reason : translate(REPORT_TEXTS, lang, 'columnIgnored'));
  }
  return { kind, sources, mapped, ignored };
}

/** The register's records of a kind, by processing number and by name (every language), for merging. */
class Matcher {
  private readonly byReference = new Map<string, ImportedRecord>();
  private readonly byName = new NameIndex(matchKey);
  private readonly byId = new Map<string, ImportedRecord>();
  private readonly claimed = new Set<string>();

  constructor(records: readonly ImportedRecord[]) {
    for (const record of records) {
      this.byId.set(record.id, record);
      const reference = record.reference ? matchKey(record.reference) : '';
      if (reference !== '' && !this.byReference.has(reference)) this.byReference.set(reference, record);
      this.byName.add(record.id, namesOf(record));
    }
  }

  /** The record a group of rows updates, if any; each record is updated by one group only. */
  claim(group: RecordRows): ImportedRecord | undefined {
    const reference = group.reference ? matchKey(group.reference) : '';
    let found = reference !== '' ? this.byReference.get(reference) : undefined;
    if (!found && group.name) {
      const id = this.byName.find(group.name);
      const candidate = id && id !== 'ambiguous' ? this.byId.get(id) : undefined;
      // A record with another number is another processing, even with the same name.
      if (candidate && !(reference !== '' && candidate.reference && matchKey(candidate.reference) !== reference))
        found = candidate;
    }
    if (!found || this.claimed.has(found.id)) return undefined;
    this.claimed.add(found.id);
    return found;
  }
}

export function buildRegister(
  book: SourceBook,
  table: FoundSourceTable,
  mapping: readonly ColumnMapping[],
  current: Register,
  options: BuildOptions = {},
): BuildResult {
  const issues = new Issues(table.sheet, options.lang ?? 'en');
  const result = build(book, table, mapping, current, options, issues);
  issues.sort();
  return result;
}

function build(
  book: SourceBook,
  table: FoundSourceTable,
  mapping: readonly ColumnMapping[],
  current: Register,
  options: BuildOptions,
  issues: Issues,
): BuildResult {
  const lang = options.lang ?? 'en';
  const newId = options.newId ?? randomId;
  const today = options.today ?? todayIso();
  const resolved = resolveMapping(table, mapping, issues, lang, options.kind);
  const { kind } = resolved;
  const language = options.language ?? current.meta.mainLanguage;
  const report: ImportReport = {
    sheet: table.sheet,
    kind,
    language,
    rows: { read: 0, records: 0, skipped: 0 },
    columns: { mapped: resolved.mapped, ignored: resolved.ignored },
    cells: issues.list,
    counts: emptyCounts(),
    created: [],
    updated: [],
    stillNeeded: [],
  };
  const sheet = book.sheets.find((s) => s.name === table.sheet);
  if (!sheet) {
    issues.add({ row: 0 }, 'noSheet', table.sheet);
    return { register: current, report };
  }

  // Records are never changed in place: the arrays are copied to receive new and merged records.
  const working = { ...current } as Register;
  for (const k of RECORD_KINDS) (working as unknown as Record<string, unknown[]>)[k] = [...current[k]];
  const empty = RECORD_KINDS.every((k) => current[k].length === 0);
  // Into an empty register the source texts are the main texts, in their own language.
  if (empty && options.language && options.language !== current.meta.mainLanguage)
    working.meta = { ...current.meta, mainLanguage: options.language };
  const translateTo = language !== working.meta.mainLanguage ? language : undefined;

  const links = new LinkedRecords(working, newId, issues, lang);
  const reader = new RecordReader(resolved.sources, links, issues, lang, objectParents(kind));
  const columns = resolved.sources.map((s) => s.index);
  const rows = dataRows(sheet, table, columns);
  report.rows.read = rows.length;
  for (const cell of sheet.cleaned) {
    const source = resolved.sources.find((s) => s.index === cell.col);
    if (source && cell.row >= table.firstDataRow)
      issues.add({ row: cell.row, column: cell.col, header: source.header }, 'cleanedText', '');
  }
  const referenceColumn = resolved.sources.find((s) => s.target.path === 'reference')?.index;
  const nameColumn = resolved.sources.find((s) => s.target.path === 'name')?.index;
  if (referenceColumn === undefined && nameColumn === undefined) {
    if (rows.length > 0 || columns.length > 0) issues.add({ row: 0 }, 'noNameColumn', '');
    report.rows.skipped = rows.length;
    return { register: current, report };
  }
  const { records: groups, orphans } = groupRows(rows, referenceColumn, nameColumn);
  for (const orphan of orphans) issues.add({ row: orphan.row }, 'missingName', '');
  report.rows.skipped = orphans.length;

  const existingRecords = working[kind] as ImportedRecord[];
  const matcher = new Matcher(existingRecords);
  const schema = RECORD_SCHEMAS[kind];
  const built: Built[] = [];
  for (const group of groups) {
    const incoming = reader.read(group);
    const existing = matcher.claim(group);
    const draft = mergeIncoming(existing, incoming, { kind, newId, today, ...(translateTo ? { translateTo } : {}) });
    const first = group.rows[0]?.row ?? 0;
    if (!existing && String(draft['name'] ?? '').trim() === '') {
      if (!group.reference) {
        issues.add({ row: first }, 'missingName', '');
        continue;
      }
      draft['name'] = group.reference;
      issues.add(
        { row: first, ...(referenceColumn ? { column: referenceColumn } : {}) },
        'nameFromReference',
        group.reference,
      );
    }
    const parsed = parseLeniently(schema, draft as Plain, (problem) => {
      const source = resolved.sources.find((s) => s.target.path === problem.path || s.target.path === problem.field);
      issues.add(
        { row: first, ...(source ? { column: source.index, header: source.header } : {}) },
        'invalidField',
        problem.path,
        { detail: problem.detail },
      );
    });
    if (!parsed.ok) {
      issues.add({ row: first }, 'invalidRecord', group.name ?? group.reference ?? '', { detail: parsed.detail });
      continue;
    }
    built.push({ group, incoming, record: parsed.value as ImportedRecord, ...(existing ? { existing } : {}) });
  }
  if (kind === 'activities') resolveReplacements(built, existingRecords, issues);

  const replaced = new Map(built.filter((b) => b.existing).map((b) => [b.existing?.id as string, b.record]));
  const added = built.filter((b) => !b.existing).map((b) => b.record);
  (working as unknown as Record<string, AnyRecord[]>)[kind] = [
    ...existingRecords.map((r) => replaced.get(r.id) ?? r),
    ...added,
  ];
  report.rows.records = built.length;

  const checked = checkRegister(working);
  if (!checked.ok) {
    issues.add({ row: 0 }, 'invalidRecord', checked.path, { detail: `${checked.path}: ${checked.detail}` });
    return { register: current, report };
  }
  const register = stampRegister(current, checked.register);

  const changes = (b: Built): RecordChange => ({ kind, id: b.record.id, name: b.record.name, rows: b.incoming.rows });
  report.created = [...built.filter((b) => !b.existing).map(changes), ...links.created];
  report.updated = built.filter((b) => b.existing && !deepEqual(b.existing, b.record)).map(changes);
  for (const change of report.created) report.counts[change.kind].created += 1;
  for (const change of report.updated) report.counts[change.kind].updated += 1;
  const touched = new Set([...report.created, ...report.updated].map((c) => c.id));
  report.stillNeeded = stillNeeded(
    kind,
    (register[kind] as ImportedRecord[]).filter((r) => touched.has(r.id)),
    register,
    lang,
  );
  return { register, report };
}

/** "Replaced by" names or numbers another activity, of this import or of the register. */
function resolveReplacements(built: readonly Built[], existing: readonly ImportedRecord[], issues: Issues): void {
  const byReference = new Map<string, string>();
  const byName = new NameIndex(matchKey);
  for (const record of [...built.map((b) => b.record), ...existing]) {
    const reference = record.reference ? matchKey(record.reference) : '';
    if (reference !== '' && !byReference.has(reference)) byReference.set(reference, record.id);
    byName.add(record.id, namesOf(record));
  }
  for (const { incoming, record } of built) {
    const wanted = incoming.replacedBy;
    if (!wanted) continue;
    const byRef = byReference.get(matchKey(wanted.text));
    const named = byName.find(wanted.text);
    const id = byRef ?? (named !== 'ambiguous' ? named : undefined);
    if (id === undefined || id === record.id) issues.add(wanted.at, 'activityUnknown', wanted.text);
    else (record as Activity).replacedByActivityId = id;
  }
}
