/**
 * Every sentence the spreadsheet import says, registered in every interface language. The readers' refusals are one
 * section; the mapping and the report register their own sections beside it, each as a table of its own so each
 * caller's keys stay apart.
 */
import { defineMessages } from '../../i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

/** Why a file was refused as a whole, before any table was looked for. */
export const READ_ERRORS = defineMessages({
  en: en.readErrors,
  nl: nl.readErrors,
  fr: fr.readErrors,
  de: de.readErrors,
});
export type ReadErrorReason = keyof typeof en.readErrors;
