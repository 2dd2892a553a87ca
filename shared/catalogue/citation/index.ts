/** How each interface language cites a GDPR provision, registered in every language. */
import { defineWords } from '../../i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const CITATION_WORDS = defineWords({ en, nl, fr, de });
