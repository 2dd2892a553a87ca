/** The Sharing screen's and the sync's words in every interface language, kept with the screens that use them. */
import { defineMessages } from '../../../shared/i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const SYNC_MESSAGES = defineMessages({ en, nl, fr, de });
export type SyncMessageKey = keyof typeof en;
