/** The menu's language before the page tells it (`app:set-language`): the system's, when it is one of ours. */
import { isUiLanguage, type UiLanguage } from '../../shared/i18n/languages';

/** `nl-BE` → nl, `de_DE` → de: the primary subtag when it is an interface language, else English. */
export function languageFromLocale(locale: string): UiLanguage {
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  return isUiLanguage(primary) ? primary : 'en';
}
