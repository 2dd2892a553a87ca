/** Messages for a register folder that cannot be read, registered in every interface language. */
import { defineMessages } from '../../i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const FOLDER_MESSAGES = defineMessages({ en, nl, fr, de });
export type FolderMessageKey = keyof typeof en;
