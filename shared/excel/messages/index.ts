/**
 * Every sentence the Excel export writes and the Excel import says, registered in every interface language: the
 * refusals of a workbook, the problems found in its cells, and the texts of the cover and instructions sheets. One
 * catalogue in three sections, registered as three tables so each caller's keys stay apart.
 */
import { defineMessages } from '../../i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const IMPORT_ERRORS = defineMessages({
  en: en.importErrors,
  nl: nl.importErrors,
  fr: fr.importErrors,
  de: de.importErrors,
});
export type ImportErrorKey = keyof typeof en.importErrors;

/** Why a cell or a row was not taken over as it is; shown with the sheet, row and column. */
export const PROBLEM_REASONS = defineMessages({
  en: en.problemReasons,
  nl: nl.problemReasons,
  fr: fr.problemReasons,
  de: de.problemReasons,
});
export type ProblemReasonKey = keyof typeof en.problemReasons;

/** Texts of the cover, lists and instructions sheets. */
export const SHEET_TEXTS = defineMessages({
  en: en.sheetTexts,
  nl: nl.sheetTexts,
  fr: fr.sheetTexts,
  de: de.sheetTexts,
});
export type SheetTextKey = keyof typeof en.sheetTexts;
