/**
 * How a changed field is named in the history and in a comparison of snapshots: its label, and for a translation the
 * field and the language ("Name — Français (fr)") rather than a path such as `i18n.fr.name` that means nothing to a DPO.
 */
import { fieldLabel, FIELD_LABELS, type FieldKey } from '../catalogue/fieldLabels';
import { isUiLanguage, languageName, type Labels, type UiLanguage } from '../i18n/languages';

const WORDS: Readonly<Record<'translations' | 'source', Labels>> = {
  translations: { en: 'Translations', nl: 'Vertalingen', fr: 'Traductions', de: 'Übersetzungen' },
  source: {
    en: 'translated from (stamp)',
    nl: 'vertaald van (stempel)',
    fr: 'traduit de (empreinte)',
    de: 'übersetzt aus (Stempel)',
  },
};

function plainLabel(path: string, lang: UiLanguage): string {
  const top = path.split('.')[0] ?? path;
  if (path in FIELD_LABELS) return fieldLabel(path as FieldKey, lang);
  if (top in FIELD_LABELS) return `${fieldLabel(top as FieldKey, lang)} (${path.slice(top.length + 1)})`;
  return path;
}

export function changeLabel(path: string, lang: UiLanguage): string {
  const [top, language, ...rest] = path.split('.');
  if (top !== 'i18n' && top !== 'i18nSource') return plainLabel(path, lang);
  const field = rest.join('.');
  const what = field === '' ? WORDS.translations[lang] : plainLabel(field, lang);
  const where = language && isUiLanguage(language) ? ` — ${languageName(language, lang)} (${language})` : '';
  return `${what}${where}${top === 'i18nSource' ? ` · ${WORDS.source[lang]}` : ''}`;
}
