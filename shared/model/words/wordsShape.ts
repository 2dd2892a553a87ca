/** The shape of the register's words: per field and per kind, every interface language side by side. */
import type { UiLanguage } from '../../i18n/languages';

/** One text in every interface language: a missing language is a compile error. */
export type InEveryLanguage<T = string> = { readonly [L in UiLanguage]: T };

export interface FieldWordEntry {
  readonly label: InEveryLanguage;
  /** A sentence or two shown beside the field: what the law asks, or why the field is internal. */
  readonly help?: InEveryLanguage;
  /** Other header texts that name this field in spreadsheets (the label itself always counts). */
  readonly headers?: InEveryLanguage<readonly string[]>;
}

export interface KindWordEntry {
  /** One record, lower case as inside a sentence: "processing activity". */
  readonly one: InEveryLanguage;
  /** Several records, lower case: "processing activities". */
  readonly many: InEveryLanguage;
  /** The name of its sheet in a workbook (at most 31 characters, none of : / ? * [ ]). */
  readonly sheet: InEveryLanguage;
  /** "New recipient": its own words, because the adjective agrees with the noun in nl, fr and de. */
  readonly newOne?: InEveryLanguage;
}

/** A field's words in one language. */
export interface FieldWords {
  readonly label: string;
  readonly help?: string;
  readonly headers?: readonly string[];
}

/** A kind's words in one language. */
export interface KindWords {
  readonly one: string;
  readonly many: string;
  readonly sheet: string;
  readonly newOne?: string;
}
