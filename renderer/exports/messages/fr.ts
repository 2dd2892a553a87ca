/** The export screen's words on translations in French. */
import type { TranslationOf } from '../../../shared/i18n/translate';
import type { en } from './en';

export const fr: TranslationOf<typeof en> = {
  mainLanguageOption: '{language} (langue principale)',
  fallbackSummary: {
    one: '{count} texte manque ou est obsolète en {language} : il sera affiché en {main}, signalé comme tel.',
    other:
      '{count} textes manquent ou sont obsolètes en {language} : ils seront affichés en {main}, signalés comme tels.',
  },
  fallbackMissing: { one: '{count} manquant', other: '{count} manquants' },
  fallbackOutdated: { one: '{count} obsolète', other: '{count} obsolètes' },
  fallbackList: 'Voir les textes à traduire en {language}',
  allTranslated: {
    one: 'Le texte du registre est traduit en {language}.',
    other: 'Les {count} textes du registre sont traduits en {language}.',
  },
};
