/**
 * The export screen's words on translations (what falls back to the main language) in every interface language;
 * the rest of the screen's words are in renderer/app/messages.
 */
import { defineMessages } from '../../../shared/i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const EXPORT_TRANSLATION_MESSAGES = defineMessages({ en, nl, fr, de });
export type ExportTranslationMessageKey = keyof typeof en;
