/** "29 activities", "12 of 29 activities", "1 recipient" in the interface language, numbers in its locale. */
import { KIND_LABELS } from '../../shared/catalogue/fieldLabels';
import type { UiLanguage } from '../../shared/i18n/languages';
import { pluralCategory } from '../../shared/i18n/translate';
import type { RecordKind } from '../../shared/model';
import { formatCount, tableText } from './columns/common';

/** The noun agrees with the number by the language's plural rules (French: "0 activité"). */
function noun(kind: RecordKind, n: number, lang: UiLanguage): string {
  if (kind === 'activities') return tableText(lang, 'activity', { count: n });
  return KIND_LABELS[kind][pluralCategory(lang, n) === 'one' ? 'one' : 'many'][lang];
}

export function countText(kind: RecordKind, shown: number, total: number, lang: UiLanguage): string {
  if (shown === total) return tableText(lang, 'count', { count: formatCount(total, lang), noun: noun(kind, total, lang) });
  return tableText(lang, 'countFiltered', {
    shown: formatCount(shown, lang),
    total: formatCount(total, lang),
    noun: noun(kind, total, lang),
  });
}
