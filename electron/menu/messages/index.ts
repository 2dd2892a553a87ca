/** The words of the application menu and of the main process's own dialogs, registered in every interface language. */
import { defineMessages } from '../../../shared/i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const MENU_MESSAGES = defineMessages({ en, nl, fr, de });

export type MenuMessageKey = keyof typeof en;
