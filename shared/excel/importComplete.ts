/**
 * Reads a workbook in the complete layout back into a register. The workbook is the whole truth for what it covers:
 * a row is a record (matched by ID, else by name), a deleted row a deleted record, and a sheet that is missing leaves
 * its records as they are. Links are taken from the hidden ID columns when the name next to them still fits, and
 * looked up by name when a person changed the name; every cell that cannot be read becomes a problem.
 */
import { TEXT_LANGUAGES, type TextLanguage, type UiLanguage } from '../i18n/languages';
import {
  RECORD_KINDS,
  RECORD_SCHEMAS,
  registerMetaSchema,
  type AnyRecord,
  type RecordKind,
  type Register,
  type RegisterMeta,
} from '../model/register';
import { scopeToController } from '../register/controllerScope';
import { CellError, type CellIn, cellText, isId, readList, normaliseName } from './cells';
import type { Codec } from './codecs';
import { fieldLabel, KIND_LABELS } from '../catalogue/fieldLabels';
import {
  COLUMN_MAP,
  KIND_KEY_LABELS,
  type ColumnDef,
  type LinkTarget,
  type ReadSpec,
  type TableId,
  type TranslationRow,
} from './columnMap';
import { type RenderContext, renderContext } from './context';
import { type ImportJob, keepFormulaFields, NameIndex, namesOf, parseLeniently } from './importShared';
import { deletePath, getPath, type Plain, setPath } from './paths';
import { type FoundTable, type GridCell, type RecognisedBook, type TableRow, tableRows } from './readWorkbook';
import { keepCurrentTranslations, TranslationIndex, translatableFields, translationRows } from './translations';

interface PendingLink {
  holder: Plain;
  field: string;
  to: RecordKind;
  many: boolean;
  /** Names as shown (undefined when the names column is missing). */
  names: string[] | undefined;
  /** Ids from the hidden column, by position. */
  ids: string[];
  sheet: string;
  row: number;
  column: string;
}

interface Draft {
  kind: RecordKind;
  record: Plain;
  sheet: string;
  row: number;
  table: FoundTable;
}

interface Context {
  job: ImportJob;
  current: Register;
  exportLang: UiLanguage;
  main: TextLanguage;
  links: PendingLink[];
  /** The current register as the export renders it: what a formula cell reads as (see keepFormulaFields). */
  render: RenderContext;
}

/** The cell the export writes in a column for a record (or row) as the register holds it now. */
function exportedCell<R>(table: TableId, record: R, render: RenderContext): (key: string) => CellIn {
  const columns = COLUMN_MAP[table].columns as readonly ColumnDef<R>[];
  return (key) => columns.find((c) => c.key === key)?.value(record, render);
}

/** The cell of a row, with an error value reported once and read as empty. */
function readCell(ctx: Context, table: FoundTable, row: TableRow, key: string): CellIn {
  const cell: GridCell = row.cell(key);
  if (cell instanceof CellError) {
    ctx.job.report(table.grid.name, row.rowNumber, row.header(key), cell.reason, { value: '', ...cell.params });
    return undefined;
  }
  return cell;
}

const idLines = (cell: CellIn): string[] => (cellText(cell) ?? '').split('\n').map((line) => line.trim());

export function importComplete(
  book: RecognisedBook,
  current: Register,
  job: ImportJob,
  exportLang: UiLanguage,
): { register: Register; removedIds: Set<string> } {
  const scopeId = book.info.get('controllerId') ?? '';
  const inScope =
    scopeId !== '' && current.organisations.some((o) => o.id === scopeId)
      ? scopeToController(current, scopeId)
      : current;
  const metaTable = book.tables.get('meta');
  const render = renderContext(current, exportLang);
  const meta = readMeta(metaTable, current, job, render);
  const ctx: Context = {
    job,
    current,
    exportLang,
    main: meta.mainLanguage ?? current.meta.mainLanguage,
    links: [],
    render,
  };

  const currentById = indexById(current);

  // 1. Rows to drafts.
  const drafts = new Map<RecordKind, Draft[]>();
  for (const kind of RECORD_KINDS) {
    const table = book.tables.get(kind);
    if (!table) {
      job.report(KIND_KEY_LABELS[kind][job.lang], 0, '', 'missingSheet', {
        kind: KIND_KEY_LABELS[kind][job.lang].toLowerCase(),
      });
      continue;
    }
    drafts.set(kind, readKind(ctx, kind, table, inScope, currentById.get(kind) ?? new Map()));
  }

  // 2. Texts: originals and translations back in place.
  const translationsTable = book.tables.get('translations');
  if (translationsTable) {
    const index = new TranslationIndex(readTranslations(ctx, translationsTable));
    index.apply('meta', undefined, '', undefined, meta.record, exportLang);
    for (const [kind, list] of drafts) {
      const fields = translatableFields(kind);
      for (const draft of list) {
        const id = draft.record['id'] as string;
        index.apply(kind, id, '', undefined, draft.record, exportLang);
        for (const listName of fields.nested.keys()) {
          for (const item of (draft.record[listName] as Plain[] | undefined) ?? []) {
            index.apply(kind, id, listName, item['id'] as string | undefined, item, exportLang);
          }
        }
      }
    }
    // Rows about records of the register that the workbook deleted are dropped silently with their record.
    for (const row of index.unused()) {
      const deleted = row.kind !== 'meta' && currentById.get(row.kind)?.has(row.id ?? '') === true;
      if (!deleted) job.report(translationsTable.grid.name, row.sourceRow ?? 0, '', 'badTranslation');
    }
  } else {
    job.report(COLUMN_MAP.translations.sheet[job.lang], 0, '', 'missingTranslations');
    const render = renderContext({ ...current, meta: { ...current.meta, mainLanguage: ctx.main } }, exportLang);
    keepCurrentTranslations(
      meta.record,
      metaTable ? (current.meta as unknown as Plain) : undefined,
      translatableFields('meta').top,
      render,
    );
    for (const [kind, list] of drafts) {
      const fields = translatableFields(kind);
      for (const draft of list) {
        const old = currentById.get(kind)?.get(draft.record['id'] as string) as Plain | undefined;
        keepCurrentTranslations(draft.record, old, fields.top, render);
        for (const [listName, subs] of fields.nested) {
          const oldItems = new Map(((old?.[listName] as Plain[] | undefined) ?? []).map((i) => [i['id'], i]));
          for (const item of (draft.record[listName] as Plain[] | undefined) ?? [])
            keepCurrentTranslations(item, oldItems.get(item['id']), subs, render);
        }
      }
    }
  }

  // 3. The records of each kind: the rows, plus what the sheet does not cover (another scope, or no sheet).
  const removedIds = new Set<string>();
  const result: Partial<Record<RecordKind, Plain[]>> = {};
  for (const kind of RECORD_KINDS) {
    const rows = drafts.get(kind);
    if (!rows) {
      result[kind] = current[kind] as unknown as Plain[];
      continue;
    }
    const rowIds = new Set(rows.map((d) => d.record['id'] as string));
    const scopedIds = new Set((inScope[kind] as AnyRecord[]).map((r) => r.id));
    const kept: Plain[] = [];
    for (const record of current[kind] as AnyRecord[]) {
      if (rowIds.has(record.id)) continue;
      if (scopedIds.has(record.id)) removedIds.add(record.id);
      else kept.push(record as unknown as Plain);
    }
    result[kind] = [...kept, ...rows.map((d) => d.record)];
  }

  // 4. Links, by id where the name still fits, else by name.
  const names = new Map<RecordKind, NameIndex>();
  const ids = new Map<RecordKind, Set<string>>();
  for (const kind of RECORD_KINDS) {
    const index = new NameIndex();
    for (const record of result[kind] ?? []) index.add(record['id'] as string, namesOf(record));
    for (const record of current[kind] as AnyRecord[]) index.add(record.id, namesOf(record));
    names.set(kind, index);
    ids.set(kind, new Set((result[kind] ?? []).map((r) => r['id'] as string)));
  }
  for (const link of ctx.links)
    resolveLink(ctx, link, names.get(link.to) as NameIndex, ids.get(link.to) as Set<string>);

  // 5. Each record against its schema; the parsed record (defaults filled in) is what the register keeps.
  const register = { meta: parseMeta(ctx, meta, metaTable) } as Register;
  for (const kind of RECORD_KINDS) {
    const fromRows = new Map((drafts.get(kind) ?? []).map((d) => [d.record, d]));
    const out: AnyRecord[] = [];
    for (const record of result[kind] ?? []) {
      const draft = fromRows.get(record);
      if (!draft) {
        out.push(record as unknown as AnyRecord);
        continue;
      }
      const parsed = parseLeniently(RECORD_SCHEMAS[kind], record, (problem) =>
        job.report(draft.sheet, draft.row, headerForPath(draft.table, problem.path), 'invalidField', {
          detail: problem.detail,
        }),
      );
      if (parsed.ok) out.push(parsed.value as AnyRecord);
      else {
        const old = currentById.get(kind)?.get(record['id'] as string);
        job.report(draft.sheet, draft.row, '', old && !removedIds.has(old.id) ? 'invalidRecordKept' : 'invalidRecord', {
          detail: parsed.detail,
        });
        if (old) out.push(old);
      }
    }
    (register as unknown as Record<RecordKind, AnyRecord[]>)[kind] = out;
  }
  return { register: ordered(register, current), removedIds };
}

function indexById(register: Register): Map<RecordKind, Map<string, AnyRecord>> {
  const out = new Map<RecordKind, Map<string, AnyRecord>>();
  for (const kind of RECORD_KINDS) out.set(kind, new Map((register[kind] as AnyRecord[]).map((r) => [r.id, r])));
  return out;
}

/** Records that were there keep their place; new ones follow in sheet order. */
function ordered(register: Register, current: Register): Register {
  const out = { ...register } as unknown as Record<string, unknown>;
  for (const kind of RECORD_KINDS) {
    const position = new Map((current[kind] as AnyRecord[]).map((r, i) => [r.id, i]));
    const records = register[kind] as AnyRecord[];
    const old = records
      .filter((r) => position.has(r.id))
      .sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
    out[kind] = [...old, ...records.filter((r) => !position.has(r.id))];
  }
  return out as unknown as Register;
}

function headerForPath(table: FoundTable, path: string): string {
  const columns = COLUMN_MAP[table.id].columns as readonly ColumnDef<unknown>[];
  const keyOf = (read: ReadSpec | undefined): string | undefined => {
    if (!read) return undefined;
    if (read.type === 'scalar' || read.type === 'link') return read.path;
    if (read.type === 'item' || read.type === 'itemLink') return read.list;
    if (read.type === 'itemIds') return read.list;
    return read.type === 'id' ? 'id' : undefined;
  };
  const exact =
    columns.find((c) => keyOf(c.read) === path) ??
    columns.find((c) => path.startsWith(`${keyOf(c.read) ?? '\u0000'}`)) ??
    columns.find((c) => keyOf(c.read)?.split('.')[0] === path.split('.')[0]);
  return exact ? (table.columns.get(exact.key)?.text ?? exact.header.en) : path;
}

// ---------------------------------------------------------------------------------------------------------------

interface MetaDraft {
  record: Plain;
  mainLanguage?: TextLanguage;
  row: number;
}

function readMeta(table: FoundTable | undefined, current: Register, job: ImportJob, render: RenderContext): MetaDraft {
  if (!table) {
    job.report(COLUMN_MAP.meta.sheet[job.lang], 0, '', 'missingSheet', {
      kind: KIND_KEY_LABELS.meta[job.lang].toLowerCase(),
    });
    return { record: structuredClone(current.meta) as unknown as Plain, row: 0 };
  }
  const first = tableRows(table)[0];
  const record: Plain = {};
  if (!first) return { record, row: table.headerRow + 1 };
  const row = keepFormulaFields(table, first, exportedCell('meta', current.meta, render), job);
  for (const column of COLUMN_MAP.meta.columns) {
    if (column.read?.type !== 'scalar') continue;
    if (!row.has(column.key)) {
      // A column the sheet does not have (a workbook from before it existed, or one a person deleted) leaves the
      // field as it is, as it does for records: an older workbook must not clear the DPO's internal fields.
      const kept = getPath(current.meta, column.read.path);
      if (kept !== undefined) setPath(record, column.read.path, structuredClone(kept));
      continue;
    }
    const read = column.read;
    const cell = row.cell(column.key);
    if (cell instanceof CellError) {
      job.report(table.grid.name, row.rowNumber, row.header(column.key), cell.reason, { value: '', ...cell.params });
      continue;
    }
    if (cell === undefined) continue;
    const value = job.cell(table.grid.name, row.rowNumber, row.header(column.key), () => read.codec.read(cell));
    setPath(record, read.path, value);
  }
  const main = record['mainLanguage'] as TextLanguage | undefined;
  return { record, row: row.rowNumber, ...(main ? { mainLanguage: main } : {}) };
}

function parseMeta(ctx: Context, meta: MetaDraft, table: FoundTable | undefined): RegisterMeta {
  if (!table) return ctx.current.meta;
  const parsed = parseLeniently(registerMetaSchema, meta.record, (problem) =>
    ctx.job.report(table.grid.name, meta.row, headerForPath(table, problem.path), 'invalidField', {
      detail: problem.detail,
    }),
  );
  if (parsed.ok) return parsed.value;
  ctx.job.report(table.grid.name, meta.row, '', 'invalidRecordKept', { detail: parsed.detail });
  return ctx.current.meta;
}

function readTranslations(ctx: Context, table: FoundTable): TranslationRow[] {
  const rows: TranslationRow[] = [];
  // The rows the export writes for the current register, for a formula in a text cell to read as (only built when
  // a sheet holds one).
  let current: Map<string, TranslationRow> | undefined;
  const currentRow = (kind: RecordKind | 'meta', id: string | undefined, field: string) => {
    current ??= new Map(translationRows(ctx.current, ctx.render).map((r) => [`${r.kind}|${r.id ?? ''}|${r.field}`, r]));
    return current.get(`${kind}|${id ?? ''}|${field}`);
  };
  const kinds = new Map<string, RecordKind | 'meta'>();
  for (const [kind, labels] of Object.entries(KIND_KEY_LABELS) as [RecordKind | 'meta', Record<UiLanguage, string>][]) {
    for (const label of [kind, ...Object.values(labels)]) {
      kinds.set(label, kind);
      kinds.set(normaliseName(label), kind);
    }
  }
  for (const sheetRow of tableRows(table)) {
    let row = keepFormulaFields(table, sheetRow, undefined);
    const text = (key: string): string | undefined => {
      const cell = readCell(ctx, table, row, key);
      return cell === undefined ? undefined : (cellText(cell) ?? '');
    };
    const kindText = text('kind') ?? '';
    const kind = kinds.get(kindText) ?? kinds.get(normaliseName(kindText));
    const id = text('id')?.trim().toLowerCase();
    const field = (text('field') ?? '').trim();
    const before = kind ? currentRow(kind, id, field) : undefined;
    row = keepFormulaFields(
      table,
      sheetRow,
      before ? exportedCell('translations', before, ctx.render) : undefined,
      ctx.job,
    );
    if (!kind || field === '' || (kind !== 'meta' && (!id || !isId(id)))) {
      ctx.job.report(table.grid.name, row.rowNumber, '', 'badTranslation');
      continue;
    }
    const texts: TranslationRow['texts'] = {};
    for (const language of TEXT_LANGUAGES) {
      const value = row.has(`text.${language}`) ? text(`text.${language}`) : undefined;
      if (value !== undefined) texts[language] = value;
    }
    const sources: TranslationRow['sources'] = {};
    for (const language of TEXT_LANGUAGES) {
      const value = row.has(`source.${language}`) ? text(`source.${language}`)?.trim().toLowerCase() : undefined;
      // A stamp that is not one (typed over by hand) is dropped: the translation then counts as current.
      if (value !== undefined && /^[0-9a-f]{16}$/.test(value)) sources[language] = value;
    }
    const original = text('original');
    rows.push({
      kind,
      ...(id ? { id } : {}),
      field,
      ...(original !== undefined ? { original } : {}),
      texts,
      sources,
      sourceRow: row.rowNumber,
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the rows of a record sheet, field by field as the column map declares them.
// ---------------------------------------------------------------------------------------------------------------

interface SubPlan {
  sub: string;
  key: string;
  codec?: Codec<unknown>;
  translatable: boolean;
  link?: { to: LinkTarget; many: boolean; idsKey: string };
}

interface KindPlan {
  scalars: { key: string; path: string; codec: Codec<unknown> }[];
  links: { path: string; to: RecordKind; many: boolean; namesKey: string; idsKey: string }[];
  lists: { list: string; idsKey: string | undefined; subs: SubPlan[] }[];
}

const plans = new Map<TableId, KindPlan>();

/** The fields of a record sheet, grouped from the column map: a link is two columns, a nested list several. */
function planOf(id: TableId): KindPlan {
  const cached = plans.get(id);
  if (cached) return cached;
  const built: KindPlan = { scalars: [], links: [], lists: [] };
  const listOf = (list: string): KindPlan['lists'][number] => {
    let entry = built.lists.find((l) => l.list === list);
    if (!entry) built.lists.push((entry = { list, idsKey: undefined, subs: [] }));
    return entry;
  };
  for (const column of COLUMN_MAP[id].columns as readonly ColumnDef<unknown>[]) {
    const read = column.read;
    if (!read) continue;
    if (read.type === 'scalar') built.scalars.push({ key: column.key, path: read.path, codec: read.codec });
    else if (read.type === 'link') {
      let link = built.links.find((l) => l.path === read.path);
      if (!link) built.links.push((link = { path: read.path, to: read.to, many: read.many, namesKey: '', idsKey: '' }));
      if (read.part === 'names') link.namesKey = column.key;
      else link.idsKey = column.key;
    } else if (read.type === 'itemIds') listOf(read.list).idsKey = column.key;
    else if (read.type === 'item')
      listOf(read.list).subs.push({
        sub: read.sub,
        key: column.key,
        codec: read.codec,
        translatable: read.translatable,
      });
    else if (read.type === 'itemLink') {
      const entry = listOf(read.list);
      let sub = entry.subs.find((s) => s.sub === read.sub);
      if (!sub)
        entry.subs.push(
          (sub = { sub: read.sub, key: '', translatable: false, link: { to: read.to, many: read.many, idsKey: '' } }),
        );
      if (read.part === 'names') sub.key = column.key;
      else if (sub.link) sub.link.idsKey = column.key;
    }
  }
  plans.set(id, built);
  return built;
}

function readKind(
  ctx: Context,
  kind: RecordKind,
  table: FoundTable,
  inScope: Register,
  currentById: Map<string, AnyRecord>,
): Draft[] {
  const { job } = ctx;
  const sheet = table.grid.name;
  const plan = planOf(kind);
  const seen = new Set<string>();
  const claimable = new NameIndex();
  for (const record of inScope[kind] as AnyRecord[]) claimable.add(record.id, namesOf(record));
  const drafts: Draft[] = [];

  for (const sheetRow of tableRows(table)) {
    // Who the row is comes first, with formula cells read as empty; then the row as read, formulas kept.
    let row = keepFormulaFields(table, sheetRow, undefined);
    const text = (key: string): CellIn => readCell(ctx, table, row, key);
    // Identity: the ID cell, else the name.
    let id = (cellText(text('id')) ?? '').trim().toLowerCase();
    if (id !== '' && !isId(id)) {
      job.report(sheet, row.rowNumber, row.header('id'), 'badId', { value: id });
      id = '';
    }
    if (id !== '' && seen.has(id)) {
      job.report(sheet, row.rowNumber, row.header('id'), 'duplicateId', { value: id });
      continue;
    }
    if (id === '') {
      const name = cellText(text('name'))?.trim() ?? '';
      const match = name === '' ? undefined : claimable.find(name);
      if (match !== undefined && match !== 'ambiguous' && !seen.has(match)) id = match;
      else {
        if (match !== undefined && match !== 'ambiguous')
          job.report(sheet, row.rowNumber, row.header('name'), 'duplicateName', { value: name });
        id = job.newId();
      }
    }
    seen.add(id);
    const old = currentById.get(id) as unknown as Plain | undefined;
    row = keepFormulaFields(table, sheetRow, old ? exportedCell(kind, old, ctx.render) : undefined, job);
    const record: Plain = { id };

    // A column that is not in the sheet leaves its field as it was.
    for (const scalar of plan.scalars) {
      if (!row.has(scalar.key)) {
        if (old) setPath(record, scalar.path, structuredClone(getPath(old, scalar.path)));
        continue;
      }
      const cell = text(scalar.key);
      if (cell === undefined) continue;
      setPath(
        record,
        scalar.path,
        job.cell(sheet, row.rowNumber, row.header(scalar.key), () => scalar.codec.read(cell)),
      );
    }
    for (const link of plan.links) {
      if (!row.has(link.namesKey) && !row.has(link.idsKey)) {
        if (old && old[link.path] !== undefined) record[link.path] = structuredClone(old[link.path]);
        continue;
      }
      const namesCell = text(link.namesKey);
      ctx.links.push({
        holder: record,
        field: link.path,
        to: link.to,
        many: link.many,
        names: !row.has(link.namesKey)
          ? undefined
          : link.many
            ? readList(namesCell)
            : [(cellText(namesCell) ?? '').trim()].filter((n) => n !== ''),
        ids: idLines(text(link.idsKey)),
        sheet,
        row: row.rowNumber,
        column: row.header(link.namesKey),
      });
    }
    for (const list of plan.lists) readNestedList(ctx, table, row, list, record, old);
    drafts.push({ kind, record, sheet, row: row.rowNumber, table });
  }
  return drafts;
}

/** A nested list: its columns line up item by item; ids come from the hidden column by position. */
function readNestedList(
  ctx: Context,
  table: FoundTable,
  row: TableRow,
  plan: KindPlan['lists'][number],
  record: Plain,
  old: Plain | undefined,
): void {
  const { job } = ctx;
  const sheet = table.grid.name;
  const present = plan.subs.filter((s) => row.has(s.key));
  if (present.length === 0) {
    if (old && old[plan.list] !== undefined) record[plan.list] = structuredClone(old[plan.list]);
    return;
  }
  const columns = present.map((sub) => ({ sub, entries: readList(readCell(ctx, table, row, sub.key)) }));
  const count = Math.max(...columns.map((c) => c.entries.length));
  const items: Plain[] = Array.from({ length: count }, () => ({}));
  if (plan.idsKey !== undefined) {
    const lines = idLines(readCell(ctx, table, row, plan.idsKey));
    const used = new Set<string>();
    items.forEach((item, i) => {
      const candidate = (lines[i] ?? '').toLowerCase();
      const itemId = isId(candidate) && !used.has(candidate) ? candidate : job.newId();
      used.add(itemId);
      item['id'] = itemId;
    });
  }
  // Sub-fields whose column is missing keep their value from the item with the same id.
  const oldItems = new Map(((old?.[plan.list] as Plain[] | undefined) ?? []).map((item, i) => [item['id'] ?? i, item]));
  for (const sub of plan.subs.filter((s) => !row.has(s.key))) {
    items.forEach((item, i) => {
      const previous = oldItems.get((item['id'] as string | undefined) ?? i);
      if (previous?.[sub.sub] !== undefined) item[sub.sub] = structuredClone(previous[sub.sub]);
    });
  }
  for (const { sub, entries } of columns) {
    const header = row.header(sub.key);
    if (sub.link) {
      const idLinesOfItems =
        sub.link.idsKey && row.has(sub.link.idsKey)
          ? idLines(readCell(ctx, table, row, sub.link.idsKey)).map((l) => l.split(/\s+/).filter((x) => x !== ''))
          : [];
      items.forEach((item, i) => {
        const entry = entries[i];
        const names =
          entry === undefined
            ? []
            : entry
                .split('\n')
                .map((n) => n.trim())
                .filter((n) => n !== '');
        const ids = idLinesOfItems[i] ?? [];
        if (!sub.link) return;
        if (sub.link.to === 'ownPurposes') {
          setPath(
            item,
            sub.sub,
            resolveOwnPurposes(ctx, record, old, items, plan.list, names, ids, sheet, row.rowNumber, header),
          );
          return;
        }
        if (!sub.link.many && names.length === 0 && ids.length === 0) return;
        ctx.links.push({
          holder: item,
          field: sub.sub,
          to: sub.link.to,
          many: sub.link.many,
          names,
          ids,
          sheet,
          row: row.rowNumber,
          column: header,
        });
      });
      continue;
    }
    entries.forEach((entry, i) => {
      if (entry === '') return;
      const codec = sub.codec;
      const value =
        sub.translatable || !codec ? entry : job.cell(sheet, row.rowNumber, header, () => codec.read(entry));
      setPath(items[i] as Plain, sub.sub, value);
    });
  }
  record[plan.list] = items;
}

/** Retention rules point at purposes of the same activity: by id when the description still fits, else by text. */
function resolveOwnPurposes(
  ctx: Context,
  record: Plain,
  old: Plain | undefined,
  items: readonly Plain[],
  list: string,
  names: string[],
  ids: string[],
  sheet: string,
  row: number,
  column: string,
): string[] {
  const source = list === 'purposes' ? items : ((record['purposes'] as Plain[] | undefined) ?? []);
  const purposes = source.map((p) => ({ id: p['id'] as string, text: (p['description'] as string | undefined) ?? '' }));
  const byId = new Map(purposes.map((p) => [p.id, p]));
  // The purpose as the register had it, in any language: a retention rule still points at a purpose whose
  // description was just edited in the purposes column.
  const before = new Map<string, string[]>();
  for (const p of (old?.['purposes'] as
    { id: string; description: string; i18n?: Record<string, { description?: string }> }[] | undefined) ?? []) {
    before.set(
      p.id,
      [p.description, ...Object.values(p.i18n ?? {}).map((t) => t.description ?? '')].filter((t) => t !== ''),
    );
  }
  const lineCount = (text: string) => text.split('\n').filter((l) => l.trim() !== '').length || 1;
  const out: string[] = [];
  for (let i = 0, k = 0; i < names.length; k += 1) {
    // The id by position, when its description still fits the line(s) shown (a description may span lines).
    const candidate = byId.get(ids[k]?.toLowerCase() ?? '');
    if (candidate) {
      const texts = [candidate.text, ...(before.get(candidate.id) ?? [])];
      const n = texts
        .map((text) => lineCount(text))
        .find((count) =>
          texts.some((text) => normaliseName(names.slice(i, i + count).join('\n')) === normaliseName(text)),
        );
      if (n !== undefined) {
        out.push(candidate.id);
        i += n;
        continue;
      }
    }
    const name = names[i] as string;
    i += 1;
    const found = purposes.filter((p) => normaliseName(p.text) === normaliseName(name));
    if (found.length === 1) out.push((found[0] as { id: string }).id);
    else
      ctx.job.report(sheet, row, column, found.length > 1 ? 'ambiguousName' : 'unknownName', {
        kind: fieldLabel('purposes', ctx.job.lang).toLocaleLowerCase(),
        value: name,
      });
  }
  return out;
}

function resolveLink(ctx: Context, link: PendingLink, index: NameIndex, existing: ReadonlySet<string>): void {
  const { job } = ctx;
  const kindLabel = KIND_LABELS[link.to].one[job.lang];
  const out: string[] = [];
  const take = (id: string): void => {
    if (!out.includes(id)) out.push(id);
  };
  const ids = link.ids.map((id) => id.toLowerCase());
  if (link.names === undefined) {
    for (const id of ids) if (isId(id)) take(id);
  } else {
    const names = link.names;
    for (let i = 0, k = 0; i < names.length; k += 1) {
      // The id next to the name, when the name still belongs to it (or the link was already dangling at export). A
      // name with line breaks takes several lines of a nested cell, so the id is tried against as many lines.
      const candidate = ids[k];
      let consumed = 0;
      if (candidate && isId(candidate)) {
        for (let m = Math.min(index.maxLines(candidate), names.length - i); m >= 1 && consumed === 0; m -= 1) {
          const joined = names.slice(i, i + m).join('\n');
          if (joined.toLowerCase() === candidate || (existing.has(candidate) && index.matches(candidate, joined)))
            consumed = m;
        }
      }
      if (consumed > 0) {
        take(candidate as string);
        i += consumed;
        continue;
      }
      const name = names[i] as string;
      i += 1;
      const other = ids.find((id) => existing.has(id) && !out.includes(id) && index.matches(id, name));
      if (other) {
        take(other);
        continue;
      }
      const found = index.find(name);
      if (found === 'ambiguous')
        job.report(link.sheet, link.row, link.column, 'ambiguousName', { kind: kindLabel, value: name });
      else if (found !== undefined && existing.has(found)) take(found);
      else job.report(link.sheet, link.row, link.column, 'unknownName', { kind: kindLabel, value: name });
    }
  }
  if (link.many) link.holder[link.field] = out;
  else if (out[0] !== undefined) link.holder[link.field] = out[0];
  else if (link.holder[link.field] !== undefined) deletePath(link.holder, link.field);
}
