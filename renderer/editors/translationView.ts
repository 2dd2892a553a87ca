/**
 * What the editor shows of a text's translations while the record is being edited: the state of each translation in
 * the draft, and the counts behind a field's "Translations (2/3)" toggle and the translate mode's summary. Pure, so
 * the rules can be tested without a form.
 */
import { TEXT_LANGUAGES, type TextLanguage } from '../../shared/i18n/languages';
import type { AnyRecord, RecordKind } from '../../shared/model';
import { translatableFieldList } from '../../shared/model/recordFields';
import {
  forEachRecordText,
  holderIn,
  mainTextOf,
  sourceOf,
  translationState,
  type TranslationHolder,
  type TranslationState,
} from '../../shared/translation';

/** The languages a text of the register is translated into: every register language but the main one. */
export function otherLanguages(main: TextLanguage): TextLanguage[] {
  return TEXT_LANGUAGES.filter((lang) => lang !== main);
}

/**
 * The state of a translation in the draft. A stamped translation is compared with its stamp, which the draft keeps
 * from the saved record, so editing the main text shows it outdated at once. An unstamped one (from a hand-written
 * file) counts as current only until its main text changes: saving then stamps it with the old text (`stampHolder`),
 * so the editor shows it outdated as soon as the draft's main text differs from the saved one.
 */
export function draftTranslationState(
  holder: TranslationHolder,
  saved: object | undefined,
  field: string,
  lang: TextLanguage,
  main: TextLanguage,
): TranslationState {
  const state = translationState(holder, field, lang, main);
  if (state !== 'current' || saved === undefined || sourceOf(holder, field, lang) !== undefined) return state;
  return mainTextOf(holder, field).trim() === mainTextOf(saved, field).trim() ? state : 'outdated';
}

export interface FieldTranslationCounts {
  /** Translations a text should have: one per language other than the main one. */
  total: number;
  current: number;
  outdated: number;
  missing: number;
}

/** The counts of one text (a field of a record or of a list item) over the other languages. */
export function fieldTranslationCounts(
  holder: TranslationHolder,
  saved: object | undefined,
  field: string,
  main: TextLanguage,
  languages: readonly TextLanguage[] = otherLanguages(main),
): FieldTranslationCounts {
  const counts: FieldTranslationCounts = { total: 0, current: 0, outdated: 0, missing: 0 };
  for (const lang of languages) {
    const state = draftTranslationState(holder, saved, field, lang, main);
    if (state === 'main') continue;
    counts.total += 1;
    counts[state] += 1;
  }
  return counts;
}

/** The counts of every text of a draft record, in the languages given: the translate mode's summary. */
export function recordTranslationCounts(
  kind: RecordKind,
  draft: object,
  saved: object,
  main: TextLanguage,
  languages: readonly TextLanguage[],
): FieldTranslationCounts {
  const counts: FieldTranslationCounts = { total: 0, current: 0, outdated: 0, missing: 0 };
  const { fields, nested } = translatableFieldList(kind);
  forEachRecordText(
    kind,
    draft as AnyRecord,
    (text) => {
      const one = fieldTranslationCounts(text.holder, holderIn(saved, text), text.field, main, languages);
      counts.total += one.total;
      counts.current += one.current;
      counts.outdated += one.outdated;
      counts.missing += one.missing;
    },
    fields,
    nested,
  );
  return counts;
}

/** The translation as it stands in the draft, for its box (empty when there is none). */
export function typedTranslation(holder: TranslationHolder, field: string, lang: TextLanguage): string {
  return holder.i18n?.[lang]?.[field] ?? '';
}
