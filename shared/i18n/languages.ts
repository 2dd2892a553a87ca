/**
 * The languages of the register and of the interface.
 * Register texts may be written in any of `TEXT_LANGUAGES` (German is a national language the authority may
 * demand); the interface and the exports speak the three `UI_LANGUAGES` of Belgium's users.
 */
export const TEXT_LANGUAGES = ['nl', 'fr', 'en', 'de'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

export const UI_LANGUAGES = ['nl', 'fr', 'en'] as const;
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
