/** The legal grounds' labels, registered in every interface language. */
import { defineWords } from '../../i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const LEGAL_GROUND_WORDS = defineWords({ en, nl, fr, de });
