/**
 * The exchange with translators: the texts of a language that need translating, out as an XLIFF 2.0 document or a
 * workbook, and the translated file back in as a plan (applied, stale, unknown, unchanged) to confirm.
 */
export { TranslationFileError } from './errors';
export { exchangeItems, type ExchangeFormat, type ExchangeItem } from './exchangeFile';
export { placeFieldLabel, recordLabel } from './labels';
export {
  DEFAULT_MAX_TRANSLATION_FILE_BYTES,
  planTranslationImport,
  type ImportedText,
  type TranslationImportOptions,
  type TranslationImportPlan,
  type TranslationImportProblem,
} from './planImport';
export { readTranslationXliff, writeTranslationXliff } from './xliff';
