/**
 * The register's words in every interface language, registered once: field labels, help, spreadsheet header words
 * and record-kind names. Adding a language is one new file here plus its line below.
 */
import type { UiLanguage } from '../../i18n/languages';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';
import type { FieldWords, KindWords, WordsLike } from './wordsShape';

export const REGISTER_WORDS: Readonly<Record<UiLanguage, WordsLike<typeof en>>> = { en, nl, fr, de };

/** A field's key in the words: its dotted path (`retention.period`), or a name shared by every kind (`country`). */
export type FieldKey = keyof typeof en.fields;
/** A kind's key in the words: a record kind, or `meta` for the register itself. */
export type KindKey = keyof typeof en.kinds;

export function isFieldKey(key: string): key is FieldKey {
  return Object.prototype.hasOwnProperty.call(en.fields, key);
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

export function kindWords(kind: KindKey, lang: UiLanguage): KindWords {
  return REGISTER_WORDS[lang].kinds[kind];
}

export type { FieldWords, KindWords };
