/**
 * Every sentence the spreadsheet import says, registered in every interface language: why a column got its field,
 * what a column's values look like, why a cell was not taken over, and the report's own words. One catalogue in
 * sections, registered as one table per section so each caller's keys stay apart.
 */
import { defineMessages } from '../../../i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const MAPPING_REASONS = defineMessages({ en: en.reasons, nl: nl.reasons, fr: fr.reasons, de: de.reasons });
export type MappingReasonKey = keyof typeof en.reasons;

export const VALUE_SHAPES = defineMessages({ en: en.shapes, nl: nl.shapes, fr: fr.shapes, de: de.shapes });
export type ValueShapeKey = keyof typeof en.shapes;

export const IMPORT_PROBLEMS = defineMessages({
  en: en.problems,
  nl: nl.problems,
  fr: fr.problems,
  de: de.problems,
});
export type ImportProblemKey = keyof typeof en.problems;

export const REPORT_TEXTS = defineMessages({ en: en.report, nl: nl.report, fr: fr.report, de: de.report });

export const ART30_POINTS = defineMessages({ en: en.points, nl: nl.points, fr: fr.points, de: de.points });
