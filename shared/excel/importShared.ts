/**
 * What both importers share: the list of problems (a cell or row that could not be taken over as it is, said in the
 * user's language), new ids, finding records by name, and checking a rebuilt record against its schema field by
 * field, so that one bad cell costs that cell and never the import.
 */
import type { z } from 'zod';
import type { UiLanguage } from '../i18n/languages';
import { translate } from '../i18n/translate';
import type { TextLanguage } from '../i18n/languages';
import {
  RECORD_KINDS,
  RECORD_SCHEMAS,
  registerMetaSchema,
  type AnyRecord,
  type RecordKind,
  type Register,
} from '../model/register';
import { formatPath } from '../register/registerFile';
import { danglingLinks, withoutLinksTo } from '../register/links';
import { CellError, type CellIn, normaliseName } from './cells';
import { PROBLEM_REASONS, type ProblemReasonKey } from './messages';
import type { Plain } from './paths';
import type { FoundTable, GridCell, TableRow } from './readWorkbook';

export interface ImportProblem {
  sheet: string;
  /** Row number in the sheet (1-based); 0 for the sheet as a whole. */
  row: number;
  /** The column's header as found in the sheet; empty for a whole row or sheet. */
  column: string;
  reason: string;
}

interface RandomUuid {
  randomUUID(): string;
}

/** A new record id (a v4 UUID); the platform's generator when there is one. */
export function randomId(): string {
  const crypto = (globalThis as { crypto?: RandomUuid }).crypto;
  if (crypto && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}`;
}

export class ImportJob {
  readonly problems: ImportProblem[] = [];
  constructor(readonly lang: UiLanguage) {}

  newId(): string {
    return randomId();
  }

  report(
    sheet: string,
    row: number,
    column: string,
    key: ProblemReasonKey,
    params: Record<string, string | number> = {},
  ): void {
    this.problems.push({ sheet, row, column, reason: translate(PROBLEM_REASONS, this.lang, key, params) });
  }

  /** Runs a cell reader; a CellError becomes a problem and the result `undefined`. */
  cell<T>(sheet: string, row: number, column: string, read: () => T): T | undefined {
    try {
      return read();
    } catch (error) {
      if (error instanceof CellError) {
        this.report(sheet, row, column, error.reason, { value: '', ...error.params });
        return undefined;
      }
      throw error;
    }
  }
}

function isFormula(cell: GridCell): cell is CellError {
  return cell instanceof CellError && cell.reason === 'formula';
}

/**
 * A row as the importers read it, with its formula cells replaced (see `readCell` for why a formula is never a
 * value). Decided for both layouts: a formula cell reads as what the export writes for the record as the register
 * holds it (`exported`), so the field keeps its current value, whatever the importer does with the cell next
 * (compare it, line it up with other columns, resolve names in it); on a row that is a new record (`exported`
 * undefined) it reads as empty. Each formula is reported on its sheet, row and column, saying which of the two.
 * Without `job`, nothing is reported: for reading who a row is before the record is known.
 */
export function keepFormulaFields(
  table: FoundTable,
  row: TableRow,
  exported: ((key: string) => CellIn) | undefined,
  job?: ImportJob,
): TableRow {
  let replaced: Map<string, CellIn> | undefined;
  for (const key of table.columns.keys()) {
    const cell = row.cell(key);
    if (!isFormula(cell)) continue;
    replaced ??= new Map();
    replaced.set(key, exported?.(key));
    job?.report(table.grid.name, row.rowNumber, row.header(key), exported ? 'formulaKept' : 'formula', {
      value: String(cell.params['value'] ?? ''),
    });
  }
  if (!replaced) return row;
  const cells = replaced;
  return { ...row, cell: (key) => (cells.has(key) ? cells.get(key) : row.cell(key)) };
}

/**
 * Names of records (in every language they have) to their ids. Names are compared by `key`: by default case and
 * spacing are ignored but accents count (`normaliseName`); an importer of foreign files passes a looser key.
 */
export class NameIndex {
  constructor(private readonly key: (name: string) => string = normaliseName) {}

  private readonly ids = new Map<string, Set<string>>();
  private readonly names = new Map<string, Set<string>>();
  private readonly lines = new Map<string, number>();
  /** Names exactly as written, to answer most lookups without normalising. */
  private readonly raw = new Map<string, Set<string>>();

  add(id: string, names: readonly (string | undefined)[]): void {
    for (const name of names) {
      if (name === undefined || name.trim() === '') continue;
      const key = this.key(name);
      let set = this.ids.get(key);
      if (!set) this.ids.set(key, (set = new Set()));
      set.add(id);
      let own = this.names.get(id);
      if (!own) this.names.set(id, (own = new Set()));
      own.add(key);
      let raw = this.raw.get(id);
      if (!raw) this.raw.set(id, (raw = new Set()));
      raw.add(name);
      this.lines.set(id, Math.max(this.lines.get(id) ?? 1, name.split('\n').length));
    }
  }

  /** The most lines any name of the record takes (names may hold line breaks). */
  maxLines(id: string): number {
    return this.lines.get(id) ?? 1;
  }

  /** The one record with this name, 'ambiguous' when several have it, undefined when none. */
  find(name: string): string | 'ambiguous' | undefined {
    const set = this.ids.get(this.key(name));
    if (!set || set.size === 0) return undefined;
    if (set.size > 1) return 'ambiguous';
    return [...set][0];
  }

  matches(id: string, name: string): boolean {
    if (this.raw.get(id)?.has(name)) return true;
    return this.names.get(id)?.has(this.key(name)) ?? false;
  }
}

/** The name of a record in every language it is written in. */
export function namesOf(record: {
  name?: unknown;
  i18n?: Partial<Record<TextLanguage, Partial<Record<string, string>>>>;
}): string[] {
  const out: string[] = [];
  if (typeof record.name === 'string') out.push(record.name);
  for (const texts of Object.values(record.i18n ?? {})) if (texts?.name) out.push(texts.name);
  return out;
}

export interface FieldProblem {
  /** The top-level field (or nested list) concerned. */
  field: string;
  /** The full path, for finding the column. */
  path: string;
  detail: string;
}

/**
 * Parses a rebuilt record. Where a field is invalid it is left out (an item of a nested list is dropped), and the
 * record parsed again; when a required field is what fails, the record as a whole is refused.
 */
/** Objects that came out of a schema parse in this import: valid by construction, not parsed again. */
const PARSED = new WeakSet<object>();

export function parseLeniently<S extends z.ZodType>(
  schema: S,
  draft: Plain,
  onFieldProblem: (problem: FieldProblem) => void,
): { ok: true; value: z.infer<S> } | { ok: false; detail: string } {
  const removed = new Set<string>();
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const result = schema.safeParse(draft);
    if (result.success) {
      if (result.data !== null && typeof result.data === 'object') PARSED.add(result.data);
      return { ok: true, value: result.data };
    }
    const dropItems = new Map<string, Set<number>>();
    for (const issue of result.error.issues) {
      const [head, second] = issue.path;
      const path = issue.path.map(String).join('.');
      if (typeof head !== 'string') return { ok: false, detail: issue.message };
      if (typeof second === 'number' && Array.isArray(draft[head])) {
        const set = dropItems.get(head) ?? new Set<number>();
        set.add(second);
        dropItems.set(head, set);
        onFieldProblem({
          field: head,
          path: issue.path.filter((p) => typeof p === 'string').join('.'),
          detail: `${path}: ${issue.message}`,
        });
        continue;
      }
      if (removed.has(head)) return { ok: false, detail: `${path}: ${issue.message}` };
      removed.add(head);
      delete draft[head];
      onFieldProblem({
        field: head,
        path: issue.path.filter((p) => typeof p === 'string').join('.'),
        detail: `${path}: ${issue.message}`,
      });
    }
    for (const [list, indexes] of dropItems) {
      draft[list] = (draft[list] as unknown[]).filter((_, i) => !indexes.has(i));
    }
  }
  return { ok: false, detail: 'invalid' };
}

/**
 * Links to records the import removed (a deleted row) are taken out of the records that remain, each reported: an
 * activity still naming a deleted recipient, a transfer to a deleted processor. Links that were dangling before the
 * import are left as they were.
 */
export function dropLinksTo(
  register: Register,
  removed: ReadonlySet<string>,
  report: (kind: RecordKind, record: AnyRecord, to: RecordKind, id: string) => void,
): Register {
  if (removed.size === 0) return register;
  const out = { ...register } as unknown as Record<string, unknown>;
  const changed = new Map<RecordKind, Map<string, AnyRecord>>();
  for (const link of danglingLinks(register)) {
    if (!removed.has(link.missingId)) continue;
    const records = changed.get(link.kind) ?? new Map<string, AnyRecord>();
    changed.set(link.kind, records);
    const record = records.get(link.id) ?? (register[link.kind] as AnyRecord[]).find((r) => r.id === link.id);
    if (!record) continue;
    let updated: AnyRecord;
    if (link.field === 'controllers[].organisationId') {
      const activity = record as Register['activities'][number];
      updated = { ...activity, controllers: activity.controllers.filter((c) => c.organisationId !== link.missingId) };
    } else updated = withoutLinksTo(record, link.kind, link.to, link.missingId);
    records.set(link.id, updated);
    report(link.kind, record, link.to, link.missingId);
  }
  for (const [kind, records] of changed) {
    out[kind] = (register[kind] as AnyRecord[]).map((r) => records.get(r.id) ?? r);
  }
  return out as unknown as Register;
}

/**
 * The final check that the register passes `registerSchema`, which is its meta schema and one schema per record
 * kind. Records this import already parsed are valid as they are; the others (kept from the current register,
 * or changed when a link to a deleted record was taken out) are parsed here. Parsing 5,000 activities twice
 * would cost a tenth of the import.
 */
export function checkRegister(
  register: Register,
): { ok: true; register: Register } | { ok: false; path: string; detail: string } {
  const out = { ...register } as unknown as Record<string, unknown>;
  const meta = PARSED.has(register.meta)
    ? { success: true as const, data: register.meta }
    : registerMetaSchema.safeParse(register.meta);
  if (!meta.success) return { ok: false, ...firstProblem(meta.error, ['meta']) };
  out['meta'] = meta.data;
  for (const kind of RECORD_KINDS) {
    const records = register[kind] as AnyRecord[];
    const checked: unknown[] = [];
    for (let i = 0; i < records.length; i += 1) {
      const record = records[i] as AnyRecord;
      if (PARSED.has(record)) {
        checked.push(record);
        continue;
      }
      const parsed = RECORD_SCHEMAS[kind].safeParse(record);
      if (!parsed.success) return { ok: false, ...firstProblem(parsed.error, [kind, i]) };
      checked.push(parsed.data);
    }
    out[kind] = checked;
  }
  return { ok: true, register: out as unknown as Register };
}

function firstProblem(error: z.ZodError, prefix: (string | number)[]): { path: string; detail: string } {
  const issue = error.issues[0];
  return { path: formatPath([...prefix, ...(issue?.path ?? [])]), detail: issue?.message ?? 'invalid' };
}
