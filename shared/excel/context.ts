/**
 * What a column needs to render a record: the export language, the register's main language, and the records that
 * links point at. Built once per export (and once per authority import, to tell edited cells from untouched ones),
 * so that a 5,000-row sheet never searches arrays for names.
 */
import type { TextLanguage, UiLanguage } from '../i18n/languages';
import { localText } from '../i18n/localText';
import { translationState } from '../translation/translationState';
import { RECORD_KINDS, type AnyRecord, type RecordKind, type RecordOf, type Register } from '../model/register';

/** Any object with free-text fields and their translations: a record, a purpose, a retention rule, the meta. */
type Translatable = { i18n?: Partial<Record<TextLanguage, Partial<Record<string, string>>>> | undefined } & Record<
  string,
  unknown
>;

export interface RenderContext {
  lang: UiLanguage;
  main: TextLanguage;
  register: Register;
  /** A free-text field in the export language: the translation when there is one, else the main text. */
  text(holder: object, field: string): string;
  /** True when the cell shows a translation rather than the main-language text. */
  translated(holder: object, field: string): boolean;
  /** True when the translation is missing or outdated, so the cell shows the main-language text instead. */
  fallback(holder: object, field: string): boolean;
  /**
   * Whether `text` or `name` fell back to the main language since the last call: the sheet writer asks after each
   * cell, to mark it.
   */
  takeFallback(): boolean;
  record<K extends RecordKind>(kind: K, id: string): RecordOf<K> | undefined;
  /** The name of a linked record in the export language; the id itself when the link is dangling. */
  name(kind: RecordKind, id: string): string;
}

export function renderContext(register: Register, lang: UiLanguage): RenderContext {
  const main = register.meta.mainLanguage;
  const byKind = new Map<RecordKind, Map<string, AnyRecord>>();
  for (const kind of RECORD_KINDS) byKind.set(kind, new Map((register[kind] as AnyRecord[]).map((r) => [r.id, r])));
  let fellBack = false;
  const text = (holder: object, field: string): string => {
    const local = localText(holder as Translatable, field, lang, main);
    if (local.fallback) fellBack = true;
    return local.text;
  };
  return {
    lang,
    main,
    register,
    text,
    translated: (holder, field) => translationState(holder as Translatable, field, lang, main) === 'current',
    fallback: (holder, field) => {
      const state = translationState(holder as Translatable, field, lang, main);
      return state === 'missing' || state === 'outdated';
    },
    takeFallback: () => {
      const was = fellBack;
      fellBack = false;
      return was;
    },
    record: <K extends RecordKind>(kind: K, id: string) => byKind.get(kind)?.get(id) as RecordOf<K> | undefined,
    name: (kind, id) => {
      const record = byKind.get(kind)?.get(id);
      return record ? text(record, 'name') : id;
    },
  };
}
