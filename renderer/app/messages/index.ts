/** The interface's own words in every interface language; field, kind and catalogue labels live in shared/catalogue. */
import { defineMessages } from '../../../shared/i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const UI_MESSAGES = defineMessages({ en, nl, fr, de });
export type UiMessageKey = keyof typeof en;
