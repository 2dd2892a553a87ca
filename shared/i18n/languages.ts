/**
 * The languages of the register and of the interface: Belgium's three national languages and English. Register
 * texts may be written in any of `TEXT_LANGUAGES`; the interface, the menus, the messages and the exports speak every
 * one of `UI_LANGUAGES`. Adding a language: add its code here, then one file per message catalogue (the compiler
 * lists each catalogue that lacks it).
 */
export const TEXT_LANGUAGES = ['nl', 'fr', 'en', 'de'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

export const UI_LANGUAGES = ['nl', 'fr', 'en', 'de'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** A label in every interface language: catalogues and enum labels use this shape. */
export type Labels = Readonly<Record<UiLanguage, string>>;

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** BCP 47 locale used for dates and numbers in each interface language (Belgian variants). */
export const LOCALE_OF: Readonly<Record<TextLanguage, string>> = {
  nl: 'nl-BE',
  fr: 'fr-BE',
  en: 'en-BE',
  de: 'de-BE',
};

/** The text with its first letter upper-cased (headings, language names); the rest is left as it is. */
export const capitalised = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** A language's own name for itself ("Nederlands", "français" → "Français"), from the platform's CLDR data. */
export function languageName(code: TextLanguage, inLanguage: TextLanguage = code): string {
  const name = new Intl.DisplayNames([LOCALE_OF[inLanguage]], { type: 'language' }).of(code) ?? code;
  return capitalised(name);
}

/**
 * A language's name as it is written inside a sentence ("shown in Dutch", "affiché en néerlandais"): French writes
 * language names in lower case, so `languageName`'s capital would be wrong there.
 */
export function languageNameInText(code: TextLanguage, inLanguage: TextLanguage): string {
  return new Intl.DisplayNames([LOCALE_OF[inLanguage]], { type: 'language' }).of(code) ?? code;
}
