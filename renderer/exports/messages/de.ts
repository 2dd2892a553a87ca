/** The export screen's words on translations in German. */
import type { TranslationOf } from '../../../shared/i18n/translate';
import type { en } from './en';

export const de: TranslationOf<typeof en> = {
  mainLanguageOption: '{language} (Hauptsprache)',
  fallbackSummary: {
    one: '{count} Text fehlt auf {language} oder ist veraltet: Er wird auf {main} angezeigt und markiert.',
    other: '{count} Texte fehlen auf {language} oder sind veraltet: Sie werden auf {main} angezeigt und markiert.',
  },
  fallbackMissing: { one: '{count} fehlt', other: '{count} fehlen' },
  fallbackOutdated: { one: '{count} veraltet', other: '{count} veraltet' },
  fallbackList: 'Noch zu übersetzende Texte ({language}) anzeigen',
  allTranslated: {
    one: 'Der Text des Verzeichnisses liegt auf {language} vor.',
    other: 'Alle {count} Texte des Verzeichnisses liegen auf {language} vor.',
  },
};
