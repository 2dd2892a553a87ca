/** "29 activities", "12 of 29 activities", "1 recipient" in the interface language, numbers in its locale. */
import { KIND_LABELS } from '../../shared/catalogue/fieldLabels';
import type { UiLanguage } from '../../shared/i18n/languages';
import type { RecordKind } from '../../shared/model';
import { formatCount, tableText } from './columns/common';

function noun(kind: RecordKind, n: number, lang: UiLanguage): string {
  if (kind === 'activities') return tableText(lang, n === 1 ? 'activityOne' : 'activityMany');
  return KIND_LABELS[kind][n === 1 ? 'one' : 'many'][lang];
}

export function countText(kind: RecordKind, shown: number, total: number, lang: UiLanguage): string {
  if (shown === total) {
    return total === 1
      ? tableText(lang, 'countOne', { noun: noun(kind, 1, lang) })
      : tableText(lang, 'countMany', { count: formatCount(total, lang), noun: noun(kind, total, lang) });
  }
  return tableText(lang, 'countFiltered', {
    shown: formatCount(shown, lang),
    total: formatCount(total, lang),
    noun: noun(kind, total, lang),
  });
}
