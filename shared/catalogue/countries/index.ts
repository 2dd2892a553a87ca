/** The country catalogue's words, registered in every interface language. */
import { defineWords } from '../../i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const COUNTRY_WORDS = defineWords({ en, nl, fr, de });
