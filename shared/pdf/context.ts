/**
 * What every section builder needs to turn records into words: the export language, lookups by id, register texts
 * in the export language with the fallback marker, dates, and the "used by" index. Built once per export so the
 * sections stay simple functions of (context, record) and a 1,000-activity register is not rescanned per record.
 */
import { FIELD_LABELS, type FieldKey } from '../catalogue/fieldLabels';
import { countryName, countryStatus } from '../catalogue/countries';
import { formatIsoDate } from '../i18n/formatDate';
import type { TextLanguage, UiLanguage } from '../i18n/languages';
import { localText } from '../i18n/localText';
import type { MessageParams } from '../i18n/translate';
import type { Activity } from '../model/activity';
import { RECORD_KINDS, type AnyRecord, type RecordKind, type RecordOf, type Register } from '../model/register';
import { editionShows, internalFieldKeys, type Edition } from '../model/recordFields';
import { LINK_FIELDS, linkedIds, type LinkRef } from '../register/links';
import type { InlineText, TextNode } from './docTypes';
import { pdfMessage, type PdfMessageKey } from './messages';
import { INLINE } from './styles';

type Translatable = { i18n?: Partial<Record<TextLanguage, Partial<Record<string, string>>>> | undefined };

export class ExportContext {
  readonly main: TextLanguage;
  private readonly byId = new Map<RecordKind, Map<string, AnyRecord>>();
  private readonly users = new Map<string, LinkRef[]>();
  private readonly collator: Intl.Collator;
  /** formatIsoDate builds a formatter per call; a register repeats the same few dates thousands of times. */
  private readonly dates = new Map<string, string>();

  private readonly internal: ReadonlySet<string>;

  constructor(
    readonly register: Register,
    readonly lang: UiLanguage,
    readonly edition: Edition = 'standard',
  ) {
    this.main = register.meta.mainLanguage;
    this.internal = internalFieldKeys(register.meta.internalFields);
    this.collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    for (const kind of RECORD_KINDS) {
      this.byId.set(kind, new Map((register[kind] as AnyRecord[]).map((r) => [r.id, r])));
    }
    this.indexUsers();
  }

  /**
   * The same answer as `usedBy` in register/links.ts (same refs, same order), for every record at once: one pass over
   * the links instead of one pass per record.
   */
  private indexUsers(): void {
    for (const link of LINK_FIELDS) {
      for (const record of this.register[link.from] as AnyRecord[]) {
        for (const target of linkedIds(record, link.field)) {
          const key = `${link.to}:${target}`;
          let list = this.users.get(key);
          if (!list) this.users.set(key, (list = []));
          // usedBy lists a record once per field, however often the field names the target; records are visited one
          // after the other, so a repeat can only be the last entry.
          const last = list.at(-1);
          if (last === undefined || last.id !== record.id || last.field !== link.field) {
            list.push({ kind: link.from, id: record.id, name: record.name, field: link.field });
          }
        }
      }
    }
  }

  /** Whether this edition shows a field: internal fields only in the internal edition. */
  shows(kind: RecordKind, path: string): boolean {
    return editionShows(this.edition, this.internal, kind, path);
  }

  usedBy(kind: RecordKind, id: string): LinkRef[] {
    return this.users.get(`${kind}:${id}`) ?? [];
  }

  get<K extends RecordKind>(kind: K, id: string | undefined): RecordOf<K> | undefined {
    return id === undefined ? undefined : (this.byId.get(kind)?.get(id) as RecordOf<K> | undefined);
  }

  /** The records of a kind that exist, in the order of the ids given (dangling ids are skipped). */
  all<K extends RecordKind>(kind: K, ids: readonly string[]): RecordOf<K>[] {
    const out: RecordOf<K>[] = [];
    for (const id of ids) {
      const record = this.get(kind, id);
      if (record !== undefined) out.push(record);
    }
    return out;
  }

  m(key: PdfMessageKey, params?: MessageParams): string {
    return pdfMessage(this.lang, key, params);
  }

  label(field: FieldKey): string {
    return FIELD_LABELS[field][this.lang];
  }

  /** "Label: " — in French with the space before the colon that French typography asks for. */
  labelled(label: string): string {
    return this.lang === 'fr' ? `${label}\u00a0: ` : `${label}: `;
  }

  compare(a: string, b: string): number {
    return this.collator.compare(a, b);
  }

  /** A register text in the export language; the main-language text with a small "[nl]" when not translated. */
  text<T extends Translatable>(holder: T, field: keyof T & string): InlineText[] {
    const local = localText(holder, field, this.lang, this.main);
    const text = breakable(local.text);
    return local.fallback ? [text, this.marker()] : [text];
  }

  /** The same as plain text, for places that take no styling (outline entries, document metadata). */
  plain<T extends Translatable>(holder: T, field: keyof T & string): string {
    const local = localText(holder, field, this.lang, this.main);
    return local.fallback ? `${local.text} [${this.main}]` : local.text;
  }

  /** A text the model keeps in the main language only (no translations): marked when the export is in another. */
  untranslated(text: string): InlineText[] {
    return this.lang === this.main ? [breakable(text)] : [breakable(text), this.marker()];
  }

  marker(): InlineText {
    return { text: ` [${this.main}]`, ...INLINE.fallback };
  }

  name(record: AnyRecord): InlineText[] {
    return this.text(record, 'name');
  }

  plainName(record: AnyRecord): string {
    return this.plain(record, 'name');
  }

  date(iso: string | undefined): string | undefined {
    if (iso === undefined) return undefined;
    let text = this.dates.get(iso);
    if (text === undefined) this.dates.set(iso, (text = formatIsoDate(iso, this.lang, 'long')));
    return text;
  }

  country(code: string): string {
    return countryName(code, this.lang);
  }

  /** "Marokko (buiten de EER, geen adequaatheidsbesluit)". */
  countryWithStatus(code: string): string {
    const status = countryStatus(code);
    const key: PdfMessageKey = status === 'eea' ? 'insideEea' : status === 'adequate' ? 'adequate' : 'thirdCountry';
    return `${this.country(code)} (${this.m(key)})`;
  }

  notRecorded(): TextNode {
    return { text: this.m('notRecorded'), ...INLINE.notRecorded };
  }

  /** "p. 12", with the number filled in by pdfmake once the target is laid out. */
  pageOf(anchor: string): InlineText[] {
    const [before = '', after = ''] = this.m('page', { page: '\u0000' }).split('\u0000');
    return [before, { text: '000', pageReference: anchor }, after].filter((part) => part !== '');
  }

  /** Activities in reading order: by processing number (numeric, so CM-2 before CM-10), then by name. */
  sortedActivities(): Activity[] {
    return [...this.register.activities].sort(
      (a, b) =>
        (a.reference === undefined ? 1 : 0) - (b.reference === undefined ? 1 : 0) ||
        this.compare(a.reference ?? '', b.reference ?? '') ||
        this.compare(this.plainName(a), this.plainName(b)) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }

  /** Records of a catalogue kind by their name in the export language. */
  sortedByName<K extends RecordKind>(kind: K): RecordOf<K>[] {
    const records = [...(this.register[kind] as RecordOf<K>[])];
    return records.sort(
      (a, b) => this.compare(this.plainName(a), this.plainName(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }
}

const LONG_WORD = /[^\s\u200b]{41,}/g;

/**
 * Gives words over 40 characters (URLs, references, names typed without spaces) a zero-width break opportunity every
 * 25 characters. pdfmake breaks such a word by itself only in columns of fixed width; in the table of contents and in
 * columns it sizes itself, the word would run off the page.
 */
export function breakable(text: string): string {
  return text.replace(LONG_WORD, (word) => word.replace(/(.{25})(?=.)/gu, '$1\u200b'));
}

/** Anchors of sections that "used by" lists and the "replaced by" field point at. */
export function anchorOf(kind: RecordKind, id: string): string {
  return `${kind}-${id}`;
}
