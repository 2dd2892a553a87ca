/**
 * The record tables' own words (search, filters, grouping, columns, findings, "new record") in every interface
 * language; field and kind labels come from shared/catalogue.
 */
import { defineMessages } from '../../../shared/i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const TABLE_MESSAGES = defineMessages({ en, nl, fr, de });
export type TableMessageKey = keyof typeof en;
