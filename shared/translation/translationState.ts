/**
 * The state of one text in one language, the rule every view shares (editor, workspace, dashboard, validation,
 * exports):
 * - `main`: the language is the register's main language (or the main text is empty: nothing to translate);
 * - `missing`: no translation, or an empty one;
 * - `outdated`: the translation was made from a main text that has changed since (its source stamp differs);
 * - `current`: a translation of today's main text, or one without a stamp (written by hand or by an older tool,
 *   which counts as current: see `docs/decisions.md`).
 */
import type { TextLanguage } from '../i18n/languages';
import { sourceStamp } from './sourceStamp';

export type TranslationState = 'main' | 'missing' | 'outdated' | 'current';

type PerLanguage = Readonly<Partial<Record<string, Readonly<Partial<Record<string, string>>> | undefined>>>;

/** Anything with translatable fields: a record, an item of a record's list (a purpose), the register's metadata. */
export interface TranslationHolder {
  readonly i18n?: PerLanguage | undefined;
  readonly i18nSource?: PerLanguage | undefined;
}

export function mainTextOf(holder: object, field: string): string {
  const value = (holder as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : '';
}

export function translationOf(holder: TranslationHolder, field: string, lang: TextLanguage): string | undefined {
  const text = holder.i18n?.[lang]?.[field];
  return text !== undefined && text.trim() !== '' ? text : undefined;
}

export function sourceOf(holder: TranslationHolder, field: string, lang: TextLanguage): string | undefined {
  return holder.i18nSource?.[lang]?.[field];
}

export function translationState<H extends TranslationHolder>(
  holder: H,
  field: string,
  lang: TextLanguage,
  mainLanguage: TextLanguage,
): TranslationState {
  const main = mainTextOf(holder, field);
  if (lang === mainLanguage || main.trim() === '') return 'main';
  if (translationOf(holder, field, lang) === undefined) return 'missing';
  const source = sourceOf(holder, field, lang);
  if (source === undefined || source === sourceStamp(main)) return 'current';
  return 'outdated';
}

/** True when exports show the translation; false when they must fall back to the main text. */
export function isUsable(state: TranslationState): boolean {
  return state === 'current';
}
