/**
 * Translations in the complete layout. A sheet cell shows a text in the export language (the translation when the
 * register has one), so the translations sheet holds everything else: the other translations, and for each cell
 * that shows a translation the main-language original. Reading back puts each text where it came from.
 */
import { translationOf } from '../translation/translationState';
import type { TextLanguage } from '../i18n/languages';
import { TEXT_LANGUAGES } from '../i18n/languages';
import { RECORD_KINDS, type AnyRecord, type RecordKind, type Register } from '../model/register';
import { COLUMN_MAP, type TranslationRow } from './columnMap';
import type { RenderContext } from './context';
import type { Plain } from './paths';

export interface TranslatableFields {
  /** Fields of the record (or meta) itself. */
  top: ReadonlySet<string>;
  /** Per nested list (`purposes`), the translatable fields of its items. */
  nested: ReadonlyMap<string, ReadonlySet<string>>;
}

const cache = new Map<RecordKind | 'meta', TranslatableFields>();

/** The translatable fields of a kind, as the column map declares them. */
export function translatableFields(kind: RecordKind | 'meta'): TranslatableFields {
  let found = cache.get(kind);
  if (found) return found;
  const top = new Set<string>();
  const nested = new Map<string, Set<string>>();
  for (const column of COLUMN_MAP[kind].columns) {
    const read = column.read;
    if (read?.type === 'scalar' && read.translatable) top.add(read.path);
    if (read?.type === 'item' && read.translatable) {
      const subs = nested.get(read.list) ?? new Set<string>();
      subs.add(read.sub);
      nested.set(read.list, subs);
    }
  }
  found = { top, nested };
  cache.set(kind, found);
  return found;
}

type I18n = Partial<Record<string, Partial<Record<string, string>>>>;
type Holder = { i18n?: I18n; i18nSource?: I18n } & Plain;

/** The field-column mark for a translations object (or a language in it) that holds no text. */
export const EMPTY_MARK = '{}';

/** `purposes[<item id>].description` for a nested item's field, `name` for the record's own. */
function fieldPath(list: string | undefined, itemId: string | undefined, field: string): string {
  return list ? `${list}[${itemId ?? ''}].${field}` : field;
}

const NESTED_PATH = /^([A-Za-z]+)\[([^\]]*)\]\.(.+)$/;

export function translationRows(register: Register, ctx: RenderContext): TranslationRow[] {
  const rows: TranslationRow[] = [];
  const add = (
    kind: TranslationRow['kind'],
    holder: object,
    fields: ReadonlySet<string>,
    id?: string,
    list?: string,
    itemId?: string,
  ) => {
    const h = holder as Holder;
    const base = { kind, ...(id !== undefined ? { id } : {}) };
    const byField = new Map<string, TranslationRow>();
    const rowFor = (field: string): TranslationRow => {
      let row = byField.get(field);
      if (!row) {
        row = { ...base, field: fieldPath(list, itemId, field), texts: {}, sources: {} };
        byField.set(field, row);
        rows.push(row);
      }
      return row;
    };
    for (const field of fields) {
      if (ctx.translated(holder, field)) rowFor(field).original = h[field] as string;
    }
    if (h.i18n === undefined) return;
    const languages = Object.entries(h.i18n);
    if (languages.length === 0) rowFor(EMPTY_MARK);
    for (const [language, texts] of languages) {
      const entries = Object.entries(texts ?? {});
      if (entries.length === 0) rowFor(EMPTY_MARK).texts[language as TextLanguage] = EMPTY_MARK;
      for (const [field, text] of entries) {
        if (text === undefined) continue;
        // The translation the record's sheet already shows is not repeated here.
        if (language === ctx.lang && fields.has(field) && ctx.translated(holder, field)) continue;
        rowFor(field).texts[language as TextLanguage] = text;
      }
    }
    // Every stamp goes in, the one of the translation the record's sheet shows too: a row holds the stamps of its
    // field in every language, so an outdated translation comes back outdated.
    for (const [language, stamps] of Object.entries(h.i18nSource ?? {}))
      for (const [field, stamp] of Object.entries(stamps ?? {}))
        if (stamp !== undefined) rowFor(field).sources[language as TextLanguage] = stamp;
  };
  add('meta', register.meta, translatableFields('meta').top);
  for (const kind of RECORD_KINDS) {
    const fields = translatableFields(kind);
    for (const record of register[kind] as AnyRecord[]) {
      add(kind, record, fields.top, record.id);
      for (const [list, subs] of fields.nested) {
        const items = (record as unknown as Plain)[list];
        if (!Array.isArray(items)) continue;
        for (const item of items as { id?: string }[]) add(kind, item, subs, record.id, list, item.id);
      }
    }
  }
  return rows;
}

/** Translation rows read from the sheet, indexed by holder. */
export class TranslationIndex {
  private readonly byHolder = new Map<string, { field: string; row: TranslationRow }[]>();
  private readonly used = new Set<string>();
  readonly rows: readonly TranslationRow[];

  constructor(rows: readonly TranslationRow[]) {
    this.rows = rows;
    for (const row of rows) {
      const { list, itemId, field } = TranslationIndex.parse(row.field);
      const key = TranslationIndex.key(row.kind, row.id, list, itemId);
      const bucket = this.byHolder.get(key) ?? [];
      bucket.push({ field, row });
      this.byHolder.set(key, bucket);
    }
  }

  /** Rows about a record or item that `apply` was never asked about: not in the workbook. */
  unused(): TranslationRow[] {
    return [...this.byHolder].filter(([key]) => !this.used.has(key)).flatMap(([, rows]) => rows.map((r) => r.row));
  }

  static parse(path: string): { list: string; itemId: string | undefined; field: string } {
    const match = NESTED_PATH.exec(path);
    if (!match) return { list: '', itemId: undefined, field: path };
    return { list: match[1] as string, itemId: match[2] === '' ? undefined : match[2], field: match[3] as string };
  }

  static key(kind: RecordKind | 'meta', id: string | undefined, list: string, itemId: string | undefined): string {
    return `${kind}|${id ?? ''}|${list}|${itemId ?? ''}`;
  }

  /**
   * Puts the texts of one holder in place. The holder's translatable fields hold what the sheet cells showed
   * (export-language texts); a field with an original gets the original as main text and the cell text as its
   * translation into the export language.
   */
  apply(
    kind: RecordKind | 'meta',
    id: string | undefined,
    list: string,
    itemId: string | undefined,
    holder: Plain,
    lang: TextLanguage,
  ): void {
    const key = TranslationIndex.key(kind, id, list, itemId);
    const rows = this.byHolder.get(key);
    // Drafts are built without translations: with no rows there is nothing to add (and no `delete` to slow them).
    if (!rows) return;
    this.used.add(key);
    const i18n: I18n = {};
    const sources: I18n = {};
    let hasI18n = false;
    const translationOf = (language: string): Partial<Record<string, string>> => {
      hasI18n = true;
      let texts = i18n[language];
      if (!texts) {
        texts = {};
        i18n[language] = texts;
      }
      return texts;
    };
    for (const { field, row } of rows) {
      if (field === EMPTY_MARK) {
        hasI18n = true;
        for (const language of Object.keys(row.texts)) translationOf(language);
        continue;
      }
      for (const [language, text] of Object.entries(row.texts))
        if (text !== undefined) translationOf(language)[field] = text;
      for (const [language, stamp] of Object.entries(row.sources))
        if (stamp !== undefined) (sources[language] ??= {})[field] = stamp;
      if (row.original !== undefined) {
        const shown = holder[field];
        holder[field] = row.original;
        if (typeof shown === 'string') translationOf(lang)[field] = shown;
      }
    }
    if (hasI18n) holder['i18n'] = sortLanguages(i18n);
    // A stamp without its translation (a translator emptied the cell) means nothing: the schema keeps them paired.
    const paired: I18n = {};
    for (const [language, stamps] of Object.entries(sources))
      for (const [field, stamp] of Object.entries(stamps ?? {}))
        if (stamp !== undefined && i18n[language]?.[field] !== undefined) (paired[language] ??= {})[field] = stamp;
    if (Object.keys(paired).length > 0) holder['i18nSource'] = sortLanguages(paired);
  }
}

function sortLanguages(i18n: I18n): I18n {
  const out: I18n = {};
  for (const language of TEXT_LANGUAGES) if (i18n[language] !== undefined) out[language] = i18n[language];
  return out;
}

/**
 * Without a translations sheet: keep the translations the current register has for the same holder, and read a
 * cell that showed a translation as that translation (the main text stays).
 */
export function keepCurrentTranslations(
  holder: Plain,
  current: Plain | undefined,
  fields: ReadonlySet<string>,
  ctx: RenderContext,
): void {
  if (!current) {
    delete holder['i18n'];
    return;
  }
  const i18n = structuredClone((current as Holder).i18n);
  for (const field of fields) {
    const shown = holder[field];
    // As in the authority layout: a cell that holds the translation as it is (exported before its main text changed)
    // is that translation, not a new main text.
    const heldTranslation = typeof shown === 'string' && shown === translationOf(current, field, ctx.lang);
    if (!ctx.translated(current, field) && !heldTranslation) continue;
    holder[field] = current[field];
    if (i18n && typeof shown === 'string') {
      const texts = i18n[ctx.lang] ?? {};
      texts[field] = shown;
      i18n[ctx.lang] = texts;
    }
  }
  if (i18n === undefined) delete holder['i18n'];
  else holder['i18n'] = i18n;
  const sources = (current as Holder).i18nSource;
  if (sources === undefined) delete holder['i18nSource'];
  else holder['i18nSource'] = structuredClone(sources);
}
