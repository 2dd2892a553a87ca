/**
 * How much of the register is translated, per language: the dashboard's answer to "can we hand the authority the
 * register in French (or German)?".
 *
 * Counting rule (kept deliberately simple so a DPO can check it by hand):
 * - A *text* is one translatable field of one record (or of one item inside a record, such as a purpose) whose
 *   main-language value is non-empty after trimming. The translatable fields are those the record's `i18n` schema
 *   lists (`TRANSLATABLE_FIELDS`, from the field descriptors beside the schemas); every kind lists `name`, so every
 *   record name counts.
 * - A text is *translated* into a language when its translation is current (`translationState`): non-empty, and made
 *   from today's main text (or unstamped). A translation made from an earlier main text is *outdated*: counted
 *   apart, not as translated, because exports fall back to the main text for it. The rest is *missing*.
 * - Empty fields count for no language (there is nothing to translate), and a translation of an empty field is
 *   ignored. The register's own metadata (title, description) is not counted: it is one cover page, not the register.
 * - Every language of `TEXT_LANGUAGES` other than the register's main language gets a line.
 */
import { TEXT_LANGUAGES, type TextLanguage } from '../i18n/languages';
import { translatableFieldList, type TranslatableFieldList } from '../model/recordFields';
import { RECORD_KINDS, type RecordKind, type Register } from '../model/register';
import { translationState, type TranslationHolder } from '../translation/translationState';

export type { TranslatableFieldList };

/** The translatable fields of each record kind, from the field descriptors beside the schemas. */
export const TRANSLATABLE_FIELDS: Readonly<Record<RecordKind, TranslatableFieldList>> = Object.fromEntries(
  RECORD_KINDS.map((kind) => [kind, translatableFieldList(kind)]),
) as Record<RecordKind, TranslatableFieldList>;

export interface CoverageCount {
  /** Texts that exist in the main language. */
  total: number;
  /** Of those, texts whose translation in the language is current. */
  translated: number;
  /** Texts whose translation was made from an earlier main text (not counted as translated). */
  outdated: number;
}

export interface LanguageCoverage extends CoverageCount {
  language: TextLanguage;
  /** translated / total, between 0 and 1; 1 when there is nothing to translate. */
  ratio: number;
  byKind: Readonly<Record<RecordKind, CoverageCount>>;
}

export interface TranslationCoverage {
  mainLanguage: TextLanguage;
  /** One line per language other than the main one, in the order of `TEXT_LANGUAGES`. */
  languages: LanguageCoverage[];
}

type Holder = Readonly<Record<string, unknown>> & TranslationHolder;

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/** Calls `visit` once per text of the register: its kind and the holder and field where it lives. */
function forEachText(register: Register, visit: (kind: RecordKind, holder: Holder, field: string) => void): void {
  for (const kind of RECORD_KINDS) {
    const { fields, nested } = TRANSLATABLE_FIELDS[kind];
    for (const record of register[kind] as readonly Holder[]) {
      for (const field of fields) if (hasText(record[field])) visit(kind, record, field);
      for (const [list, subFields] of Object.entries(nested)) {
        const items = record[list];
        if (!Array.isArray(items)) continue;
        for (const item of items as readonly Holder[]) {
          for (const field of subFields) if (hasText(item[field])) visit(kind, item, field);
        }
      }
    }
  }
}

function emptyByKind(): Record<RecordKind, CoverageCount> {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, { total: 0, translated: 0, outdated: 0 }])) as Record<
    RecordKind,
    CoverageCount
  >;
}

export function translationCoverage(register: Register): TranslationCoverage {
  const mainLanguage = register.meta.mainLanguage;
  const languages = TEXT_LANGUAGES.filter((language) => language !== mainLanguage);
  const empty = () => ({ total: 0, translated: 0, outdated: 0, byKind: emptyByKind() });
  const counts = new Map(languages.map((language) => [language, empty()]));
  forEachText(register, (kind, holder, field) => {
    for (const language of languages) {
      const count = counts.get(language);
      if (!count) continue;
      const state = translationState(holder, field, language, mainLanguage);
      count.total += 1;
      count.byKind[kind].total += 1;
      if (state === 'current') {
        count.translated += 1;
        count.byKind[kind].translated += 1;
      } else if (state === 'outdated') {
        count.outdated += 1;
        count.byKind[kind].outdated += 1;
      }
    }
  });
  return {
    mainLanguage,
    languages: languages.map((language) => {
      const { total, translated, outdated, byKind } = counts.get(language) ?? empty();
      return { language, total, translated, outdated, ratio: total === 0 ? 1 : translated / total, byKind };
    }),
  };
}
