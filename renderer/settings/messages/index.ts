/** Messages of the Settings screen (conflicts with another window or tab), registered in every interface language. */
import { defineMessages } from '../../../shared/i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const SETTINGS_MESSAGES = defineMessages({ en, nl, fr, de });
export type SettingsMessageKey = keyof typeof en;
