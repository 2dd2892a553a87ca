/** The privacy notice screen's words in every interface language, kept with the screen. */
import { defineMessages } from '../../../shared/i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const NOTICE_SCREEN_MESSAGES = defineMessages({ en, nl, fr, de });
export type NoticeScreenMessageKey = keyof typeof en;
