/** Messages of the safety screens (newer database, storage errors, screen errors, recovery), in every language. */
import { defineMessages } from '../../../shared/i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const SAFETY_MESSAGES = defineMessages({ en, nl, fr, de });
export type SafetyMessageKey = keyof typeof en;
