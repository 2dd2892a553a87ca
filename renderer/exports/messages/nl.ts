/** The export screen's words on translations in Dutch. */
import type { TranslationOf } from '../../../shared/i18n/translate';
import type { en } from './en';

export const nl: TranslationOf<typeof en> = {
  mainLanguageOption: '{language} (hoofdtaal)',
  fallbackSummary: {
    one: '{count} tekst ontbreekt of is verouderd in het {language}: die wordt in het {main} getoond, gemarkeerd.',
    other:
      '{count} teksten ontbreken of zijn verouderd in het {language}: die worden in het {main} getoond, gemarkeerd.',
  },
  fallbackMissing: { one: '{count} ontbreekt', other: '{count} ontbreken' },
  fallbackOutdated: { one: '{count} verouderd', other: '{count} verouderd' },
  fallbackList: 'Bekijk de teksten die nog naar het {language} vertaald moeten worden',
  allTranslated: {
    one: 'De tekst van het register is vertaald naar het {language}.',
    other: 'Alle {count} teksten van het register zijn vertaald naar het {language}.',
  },
};
