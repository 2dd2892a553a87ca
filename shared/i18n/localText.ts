/**
 * Picking the text of a field in a language: the translation when there is one, else the main-language text,
 * marked as a fallback so exports can show it visibly ("[nl] ...") and the app can count what is translated.
 */
import type { TextLanguage } from './languages';

export interface LocalText {
  text: string;
  /** True when no translation existed and the main-language text is shown instead. */
  fallback: boolean;
}

interface Translatable {
  i18n?: Partial<Record<TextLanguage, Partial<Record<string, string>>>> | undefined;
}

export function localText<T extends Translatable>(
  holder: T,
  field: keyof T & string,
  lang: TextLanguage,
  mainLanguage: TextLanguage,
): LocalText {
  const main = holder[field];
  const mainText = typeof main === 'string' ? main : '';
  if (lang === mainLanguage || mainText === '') return { text: mainText, fallback: false };
  const translated = holder.i18n?.[lang]?.[field];
  if (translated && translated.trim() !== '') return { text: translated, fallback: false };
  return { text: mainText, fallback: true };
}
