/**
 * What an export in a language other than the register's main one will show in the main language: before the
 * export, the export screen says how many texts are missing or outdated in that language (the same count the
 * workbook's legend gives afterwards) and links to the list of texts to translate.
 */
import { languageNameInText, type TextLanguage } from '../../shared/i18n/languages';
import type { Register } from '../../shared/model';
import type { Edition } from '../../shared/model/recordFields';
import { scopeToController } from '../../shared/register/controllerScope';
import { translationCounts, type TranslationCounts } from '../../shared/translation';
import { useI18n, useMessages } from '../app/i18n';
import { EXPORT_TRANSLATION_MESSAGES } from './messages';
import './translationFallback.css';

/**
 * The translation counts of the register an export will be made from, limited to the controller as the exporters
 * limit it; undefined when the export is in the main language (nothing falls back) or the controller is not in
 * that register (a snapshot from before it existed: the export itself will say so).
 */
export function exportTranslationCounts(
  register: Register,
  lang: TextLanguage,
  controllerId?: string,
  edition: Edition = 'internal',
): TranslationCounts | undefined {
  if (lang === register.meta.mainLanguage) return undefined;
  if (controllerId && !register.organisations.some((o) => o.id === controllerId)) return undefined;
  const scoped = controllerId ? scopeToController(register, controllerId) : register;
  return translationCounts(scoped, lang, edition);
}

/** The href of the translation workspace's list of what is left to translate into a language. */
export const translationListHref = (lang: TextLanguage): string => `#/translations?lang=${lang}`;

export function TranslationFallback({
  register,
  lang,
  controllerId,
  edition,
}: {
  register: Register;
  lang: TextLanguage;
  controllerId?: string;
  /** The edition of the document: the standard one leaves internal fields, and so their texts, out. */
  edition: Edition;
}) {
  const { lang: ui } = useI18n();
  const t = useMessages(EXPORT_TRANSLATION_MESSAGES);
  const counts = exportTranslationCounts(register, lang, controllerId, edition);
  if (!counts || counts.total === 0) return null;
  const language = languageNameInText(lang, ui);
  const fallback = counts.missing + counts.outdated;
  if (fallback === 0)
    return (
      <p className="notice notice-success export-translations" role="status">
        {t('allTranslated', { count: counts.total, language })}
      </p>
    );
  const parts = [
    ...(counts.missing > 0 ? [t('fallbackMissing', { count: counts.missing })] : []),
    ...(counts.outdated > 0 ? [t('fallbackOutdated', { count: counts.outdated })] : []),
  ];
  return (
    <div className="notice notice-info export-translations" role="status">
      <p>
        {t('fallbackSummary', {
          count: fallback,
          language,
          main: languageNameInText(register.meta.mainLanguage, ui),
        })}{' '}
        ({parts.join(', ')})
      </p>
      <p>
        <a href={translationListHref(lang)}>{t('fallbackList', { language })}</a>
      </p>
    </div>
  );
}
