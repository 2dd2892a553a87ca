/**
 * The record editor's words for translations (each field's translations, the translate mode) in every interface
 * language; the rest of the editor's words are in renderer/app/messages.
 */
import { defineMessages } from '../../../shared/i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const EDITOR_TRANSLATION_MESSAGES = defineMessages({ en, nl, fr, de });
export type EditorTranslationMessageKey = keyof typeof en;
