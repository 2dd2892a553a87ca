/**
 * Picking the text of a field in a language: the translation when it is current, else the main-language text,
 * marked as a fallback so exports show it visibly ("[nl] ...") and never print a missing or outdated translation as
 * if it said what the register says today.
 */
import type { TextLanguage } from './languages';
import { translationOf, translationState, type TranslationHolder, type TranslationState } from '../translation/translationState';

export interface LocalText {
  text: string;
  /** True when the main-language text is shown instead of a missing or outdated translation. */
  fallback: boolean;
  state: TranslationState;
}

export function localText<T extends TranslationHolder>(
  holder: T,
  field: keyof T & string,
  lang: TextLanguage,
  mainLanguage: TextLanguage,
): LocalText {
  const main = (holder as Record<string, unknown>)[field];
  const mainText = typeof main === 'string' ? main : '';
  const state = translationState(holder, field, lang, mainLanguage);
  if (state === 'current') return { text: translationOf(holder, field, lang) ?? mainText, fallback: false, state };
  return { text: mainText, fallback: state !== 'main', state };
}
