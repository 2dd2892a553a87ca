/**
 * Every sentence of the exchange with translators, in every interface language: refusals of a translated file,
 * problems with one of its texts, why a text is stale, unknown or unchanged, and the words written into the files.
 */
import { defineMessages } from '../../../i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const FILE_ERRORS = defineMessages({
  en: en.fileErrors,
  nl: nl.fileErrors,
  fr: fr.fileErrors,
  de: de.fileErrors,
});
export type FileErrorKey = keyof typeof en.fileErrors;

export const PROBLEMS = defineMessages({ en: en.problems, nl: nl.problems, fr: fr.problems, de: de.problems });
export type ProblemKey = keyof typeof en.problems;

export const REASONS = defineMessages({ en: en.reasons, nl: nl.reasons, fr: fr.reasons, de: de.reasons });
export type ReasonKey = keyof typeof en.reasons;

export const FILE_TEXTS = defineMessages({
  en: en.fileTexts,
  nl: nl.fileTexts,
  fr: fr.fileTexts,
  de: de.fileTexts,
});
export type FileTextKey = keyof typeof en.fileTexts;
