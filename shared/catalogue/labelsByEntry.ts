/** Turns a catalogue's words, kept one file per language, into the labels-per-entry shape its callers read. */
import { UI_LANGUAGES, type Labels, type UiLanguage } from '../i18n/languages';

/** The English shape with each string replaced by its labels in every language: `{ controller: Labels, ... }`. */
export type LabelsOf<W> = { readonly [K in keyof W]: W[K] extends string ? Labels : LabelsOf<W[K]> };

/**
 * The words of one language for a label catalogue whose English file is `E`: the same keys at every depth, a string
 * at every leaf. `TranslationOf` cannot type the enum labels, because it takes any table with a key "other" for
 * plural forms, and three enums have a value called "other"; labels never have plural forms, so none are allowed.
 */
export type LabelWordsOf<E> = { readonly [K in keyof E]: E[K] extends string ? string : LabelWordsOf<E[K]> };

/** Registers a label catalogue: one object per interface language, each shaped like the English one. */
export function defineLabelWords<E>(table: { readonly en: E } & { readonly [L in UiLanguage]: LabelWordsOf<E> }): {
  readonly [L in UiLanguage]: LabelWordsOf<E>;
} {
  return table;
}

/**
 * `{ en: { a: 'One' }, nl: { a: 'Een' }, ... }` becomes `{ a: { en: 'One', nl: 'Een', ... } }`, at any depth. The
 * catalogues are written per language so a new language is one file, but the register, the exports and the
 * interface look a label up by entry first, and that shape predates the split.
 */
export function labelsByEntry<W>(words: { readonly [L in UiLanguage]: W }): LabelsOf<W> {
  return invert(words) as LabelsOf<W>;
}

function invert(perLanguage: Readonly<Record<UiLanguage, unknown>>): unknown {
  const english = perLanguage.en;
  if (typeof english === 'string') {
    const labels: Partial<Record<UiLanguage, string>> = {};
    for (const lang of UI_LANGUAGES) {
      const text = perLanguage[lang];
      // The types rule this out; a plural table or a stray object here is a catalogue written wrongly.
      if (typeof text !== 'string') throw new Error(`Catalogue entry "${english}" has no ${lang} text`);
      labels[lang] = text;
    }
    return labels;
  }
  const entries: Record<string, unknown> = {};
  for (const key of Object.keys(asTable(english))) {
    const below = {} as Record<UiLanguage, unknown>;
    for (const lang of UI_LANGUAGES) below[lang] = asTable(perLanguage[lang])[key];
    entries[key] = invert(below);
  }
  return entries;
}

function asTable(value: unknown): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null)
    throw new Error('Catalogue tables differ in shape between languages');
  return value as Readonly<Record<string, unknown>>;
}

/** Labels worked out per language, e.g. a citation put together in each language's own citation style. */
export function inEveryLanguage(text: (lang: UiLanguage) => string): Labels {
  return Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, text(lang)])) as Record<UiLanguage, string>;
}
