/**
 * The mapping screen's words in every interface language, kept with the screen so it grows without touching the
 * app's own messages.
 */
import { defineMessages } from '../../../../shared/i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const MAPPING_MESSAGES = defineMessages({ en, nl, fr, de });
export type MappingMessageKey = keyof typeof en;
