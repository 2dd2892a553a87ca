/** The menu's language before the page tells it (`app:set-language`): the system's, when it is one of ours. */
import type { UiLanguage } from '../../shared/i18n/languages';

/** `nl-BE` → nl, `fr-FR` → fr, anything else → en. */
export function languageFromLocale(locale: string): UiLanguage {
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  return primary === 'nl' || primary === 'fr' ? primary : 'en';
}
