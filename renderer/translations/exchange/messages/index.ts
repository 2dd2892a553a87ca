/** Messages of the exchange with translators in the translation workspace, in every interface language. */
import { defineMessages } from '../../../../shared/i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const EXCHANGE_MESSAGES = defineMessages({ en, nl, fr, de });
export type ExchangeMessageKey = keyof typeof en;
