/**
 * Labels of the register's fields and record kinds in every interface language, read from the register's words
 * (`shared/model/words/`): the editor's form labels, the Excel column headers and the PDF's field names all come
 * from there. A field means the same on every record kind that has it ("description", "country"), so labels are
 * keyed by field name; nested fields use a dotted key (`retention.period`, `dpia.status`).
 */
import { capitalised, UI_LANGUAGES, type Labels, type UiLanguage } from '../i18n/languages';
import type { RecordKind } from '../model/register';
import { REGISTER_WORDS, type FieldKey, type KindKey } from '../model/words';

export type { FieldKey };

function labelsOf(pick: (lang: UiLanguage) => string): Labels {
  return Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, pick(lang)])) as Record<UiLanguage, string>;
}

/** Every field's label in every language: `FIELD_LABELS.purposes.fr`. */
export const FIELD_LABELS: Readonly<Record<FieldKey, Labels>> = Object.fromEntries(
  (Object.keys(REGISTER_WORDS.en.fields) as FieldKey[]).map((key) => [
    key,
    labelsOf((lang) => REGISTER_WORDS[lang].fields[key].label),
  ]),
) as Record<FieldKey, Labels>;

export function fieldLabel(field: FieldKey, lang: UiLanguage): string {
  return REGISTER_WORDS[lang].fields[field].label;
}

/** Record kinds: one and many, for headings, sheet names and messages. */
export const KIND_LABELS: Readonly<Record<KindKey, { one: Labels; many: Labels; sheet: Labels }>> = Object.fromEntries(
  (Object.keys(REGISTER_WORDS.en.kinds) as KindKey[]).map((kind) => [
    kind,
    {
      one: labelsOf((lang) => REGISTER_WORDS[lang].kinds[kind].one),
      many: labelsOf((lang) => REGISTER_WORDS[lang].kinds[kind].many),
      sheet: labelsOf((lang) => REGISTER_WORDS[lang].kinds[kind].sheet),
    },
  ]),
) as Record<KindKey, { one: Labels; many: Labels; sheet: Labels }>;

/** "Processing activities" as a heading: the plural with a capital. */
export function kindHeading(kind: RecordKind, lang: UiLanguage): string {
  return capitalised(KIND_LABELS[kind].many[lang]);
}

/** "Processing activity" as the title of one record: the singular with a capital. */
export function kindTitle(kind: RecordKind, lang: UiLanguage): string {
  return capitalised(KIND_LABELS[kind].one[lang]);
}
