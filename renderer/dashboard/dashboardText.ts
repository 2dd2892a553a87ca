/** The dashboard's words and its numbers and dates in the interface language's Belgian locale. */
import { useMemo } from 'react';
import { FIELD_LABELS, type FieldKey } from '../../shared/catalogue/fieldLabels';
import { formatIsoDate } from '../../shared/i18n/formatDate';
import { languageName, LOCALE_OF, type TextLanguage, type UiLanguage } from '../../shared/i18n/languages';
import { translate, type MessageParams } from '../../shared/i18n/translate';
import { useI18n } from '../app/i18n';
import { DASHBOARD_MESSAGES, type DashboardMessageKey } from './messages';

export interface DashboardText {
  lang: UiLanguage;
  t: (key: DashboardMessageKey, params?: MessageParams) => string;
  /** A count in the locale: "1.234" in Dutch, "1 234" in French. */
  num: (value: number) => string;
  /** A share between 0 and 1 as a whole percentage, rounded down so that only a complete share shows 100 %. */
  percent: (ratio: number) => string;
  /** An ISO date in the locale, e.g. "20 nov 2026". */
  date: (iso: string) => string;
  /** "in 9 days", "2 months ago": how far a date is from today, in the locale. */
  relativeDays: (days: number) => string;
  /** A language's name in the interface language ("Dutch", "néerlandais" → "Néerlandais"). */
  languageName: (language: TextLanguage) => string;
  /** The label of a finding's field ("nextReviewDate" → "Next review"); the path itself when it has none. */
  fieldName: (field: string) => string;
}

function isFieldKey(key: string): key is FieldKey {
  return Object.prototype.hasOwnProperty.call(FIELD_LABELS, key);
}

/** Days under ~6 weeks in days, then months up to two years, then years: "732 days ago" reads as "2 years ago". */
export function relativeDays(days: number, lang: UiLanguage): string {
  const format = new Intl.RelativeTimeFormat(LOCALE_OF[lang], { numeric: 'auto' });
  const size = Math.abs(days);
  if (size < 45) return format.format(days, 'day');
  if (size < 730) return format.format(Math.round(days / 30.44), 'month');
  return format.format(Math.round(days / 365.25), 'year');
}

export function fieldName(field: string, lang: UiLanguage): string {
  // Nested paths may carry item indexes ("purposes.0.description", "legalBases[1]"); labels are keyed without them.
  const key = field.replace(/\[\d+\]/g, '').replace(/\.\d+(?=\.|$)/g, '');
  if (isFieldKey(key)) return FIELD_LABELS[key][lang];
  const first = key.split('.')[0] ?? key;
  return isFieldKey(first) ? FIELD_LABELS[first][lang] : field;
}

export function dashboardText(lang: UiLanguage): DashboardText {
  const locale = LOCALE_OF[lang];
  const numbers = new Intl.NumberFormat(locale);
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const t = (key: DashboardMessageKey, params?: MessageParams) => translate(DASHBOARD_MESSAGES, lang, key, params);
  return {
    lang,
    t,
    num: (value) => numbers.format(value),
    percent: (ratio) => percents.format(Math.floor(ratio * 100 + 1e-9) / 100),
    date: (iso) => formatIsoDate(iso, lang, 'medium'),
    relativeDays: (days) => relativeDays(days, lang),
    languageName: (language) => languageName(language, lang),
    fieldName: (field) => fieldName(field, lang),
  };
}

export function useDashboardText(): DashboardText {
  const { lang } = useI18n();
  return useMemo(() => dashboardText(lang), [lang]);
}
