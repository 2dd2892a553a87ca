/**
 * One table row: a record and, computed on first use and then kept, what each column shows, sorts by and is
 * filtered on, and the folded text the search box looks in. Rows are rebuilt when the register or the language
 * changes; sorting, filtering and grouping then only read these caches.
 */
import type { UiLanguage } from '../../shared/i18n/languages';
import type { AnyRecord, RecordKind, Register } from '../../shared/model';
import type { Finding } from '../../shared/validation/finding';
import type { AnyKindTableSpec, CellValue, ColumnSpec } from './columnTypes';
import { createTableContext, type TableContext } from './tableContext';
import { foldText, sortKey } from './text';

const UNSET = Symbol('unset');

export class TableRow {
  // Plain objects keyed by column id, created on first use: 10,000 rows should not mean 30,000 empty Maps.
  private values: Record<string, CellValue> | undefined;
  private sorts: Record<string, string | number | undefined> | undefined;
  private folded: Record<string, string> | undefined;
  private haystack: string | typeof UNSET = UNSET;

  constructor(
    readonly record: AnyRecord,
    private readonly columns: ReadonlyMap<string, ColumnSpec<AnyRecord>>,
    private readonly spec: AnyKindTableSpec,
    readonly ctx: TableContext,
  ) {}

  get id(): string {
    return this.record.id;
  }

  column(id: string): ColumnSpec<AnyRecord> {
    const column = this.columns.get(id);
    if (!column) throw new Error(`no column ${id} in the ${this.spec.kind} table`);
    return column;
  }

  cell(id: string): CellValue {
    const values = (this.values ??= Object.create(null) as Record<string, CellValue>);
    return (values[id] ??= this.column(id).value(this.record, this.ctx));
  }

  sortValue(id: string): string | number | undefined {
    const sorts = (this.sorts ??= Object.create(null) as Record<string, string | number | undefined>);
    if (id in sorts) return sorts[id];
    const column = this.column(id);
    return (sorts[id] = column.sortValue ? column.sortValue(this.record, this.ctx) : sortKey(this.cell(id).text));
  }

  /** The cell's text, folded for "contains" filters. */
  foldedText(id: string): string {
    const folded = (this.folded ??= Object.create(null) as Record<string, string>);
    return (folded[id] ??= foldText(this.cell(id).text));
  }

  groupValue(id: string): string {
    const column = this.column(id);
    return column.groupValue ? column.groupValue(this.record, this.ctx) : this.cell(id).text;
  }

  /** Everything the row says, visible columns or not, plus the kind's extra texts (translations, descriptions). */
  searchText(): string {
    if (this.haystack === UNSET) {
      const parts: string[] = [];
      for (const id of this.columns.keys()) parts.push(this.cell(id).text);
      for (const extra of this.spec.searchExtra?.(this.record, this.ctx) ?? []) if (extra) parts.push(extra);
      this.haystack = foldText(parts.join('\n'));
    }
    return this.haystack;
  }
}

/** Rows for the records of one kind. */
export function buildRows(records: readonly AnyRecord[], spec: AnyKindTableSpec, ctx: TableContext): TableRow[] {
  const columns = new Map(spec.columns.map((c) => [c.id, c]));
  return records.map((record) => new TableRow(record, columns, spec, ctx));
}

type FindingsByRecord = ReadonlyMap<string, readonly Finding[]> | undefined;
interface CachedRows {
  findings: FindingsByRecord;
  rows: TableRow[];
}
const rowCache = new WeakMap<Register, Map<string, CachedRows>>();
const contextCache = new WeakMap<Register, Map<UiLanguage, { findings: FindingsByRecord; ctx: TableContext }>>();

/** The table context of a register, shared by every table while the register and its findings stay the same. */
export function contextFor(register: Register, findings: FindingsByRecord, lang: UiLanguage): TableContext {
  let perLang = contextCache.get(register);
  if (!perLang) contextCache.set(register, (perLang = new Map()));
  const cached = perLang.get(lang);
  if (cached && cached.findings === findings) return cached.ctx;
  const ctx = createTableContext(register, findings, lang);
  perLang.set(lang, { findings, ctx });
  return ctx;
}

/**
 * The rows of one kind for a register, kept while that register (an immutable snapshot of the database) is the
 * live one: leaving the table and coming back reuses every text, sort key and search text already computed.
 */
export function rowsFor(
  register: Register,
  findings: FindingsByRecord,
  lang: UiLanguage,
  kind: RecordKind,
  spec: AnyKindTableSpec,
): TableRow[] {
  let perKind = rowCache.get(register);
  if (!perKind) rowCache.set(register, (perKind = new Map()));
  const key = `${kind}:${lang}`;
  const cached = perKind.get(key);
  if (cached && cached.findings === findings) return cached.rows;
  const rows = buildRows(register[kind] as AnyRecord[], spec, contextFor(register, findings, lang));
  perKind.set(key, { findings, rows });
  return rows;
}
