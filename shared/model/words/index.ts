/**
 * The register's words (field and record-kind labels, help, spreadsheet header words), read by language. The words
 * themselves are in `fieldWords.ts`, every language of an entry side by side.
 */
import { UI_LANGUAGES, type UiLanguage } from '../../i18n/languages';
import { FIELD_WORDS, KIND_WORDS } from './fieldWords';
import type { FieldWordEntry, FieldWords, KindWords } from './wordsShape';

/** A field's key in the words: its dotted path (`retention.period`), or a name shared by every kind (`country`). */
export type FieldKey = keyof typeof FIELD_WORDS;
/** A kind's key in the words: a record kind, or `meta` for the register itself. */
export type KindKey = keyof typeof KIND_WORDS;

interface LanguageWords {
  readonly fields: Readonly<Record<FieldKey, FieldWords>>;
  readonly kinds: Readonly<Record<KindKey, KindWords>>;
}

function inLanguage(lang: UiLanguage): LanguageWords {
  const fields = Object.fromEntries(
    Object.entries(FIELD_WORDS as Readonly<Record<string, FieldWordEntry>>).map(([key, entry]) => [
      key,
      {
        label: entry.label[lang],
        ...(entry.help ? { help: entry.help[lang] } : {}),
        ...(entry.headers ? { headers: entry.headers[lang] } : {}),
      },
    ]),
  ) as Record<FieldKey, FieldWords>;
  const kinds = Object.fromEntries(
    Object.entries(KIND_WORDS).map(([kind, entry]) => [
      kind,
      {
        one: entry.one[lang],
        many: entry.many[lang],
        sheet: entry.sheet[lang],
        ...('newOne' in entry ? { newOne: entry.newOne[lang] } : {}),
      },
    ]),
  ) as Record<KindKey, KindWords>;
  return { fields, kinds };
}

/** The words of every interface language, by language. */
export const REGISTER_WORDS: Readonly<Record<UiLanguage, LanguageWords>> = Object.fromEntries(
  UI_LANGUAGES.map((lang) => [lang, inLanguage(lang)]),
) as Record<UiLanguage, LanguageWords>;

export function isFieldKey(key: string): key is FieldKey {
  return Object.prototype.hasOwnProperty.call(FIELD_WORDS, key);
}

/**
 * The words key of a field path: the path itself when it has words, else its last part (`purposes.id` → `id`), so
 * a sub-field that means what the field of that name means everywhere needs no words of its own.
 */
export function wordsKeyOf(path: string): FieldKey | undefined {
  if (isFieldKey(path)) return path;
  const last = path.slice(path.lastIndexOf('.') + 1);
  return isFieldKey(last) ? last : undefined;
}

export function fieldWords(path: string, lang: UiLanguage): FieldWords | undefined {
  const key = wordsKeyOf(path);
  return key === undefined ? undefined : REGISTER_WORDS[lang].fields[key];
}

/** "New recipient" in a language. */
export function newRecordLabel(kind: Exclude<KindKey, 'meta'>, lang: UiLanguage): string {
  const words = REGISTER_WORDS[lang].kinds[kind];
  return words.newOne ?? words.one;
}

export type { FieldWords, KindWords };
