/**
 * The translation workspace's words in every interface language, kept with the screen so it can grow without touching
 * the app's own messages.
 */
import { defineMessages } from '../../../shared/i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const TRANSLATION_MESSAGES = defineMessages({ en, nl, fr, de });
export type TranslationMessageKey = keyof typeof en;
