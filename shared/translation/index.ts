/**
 * Translations of register texts: their source stamps, their state in a language (current, outdated, missing), the
 * stamping of edits, and the list of what is left to translate.
 */
export { sourceStamp } from './sourceStamp';
export {
  isUsable,
  mainTextOf,
  sourceOf,
  translationOf,
  translationState,
  type TranslationHolder,
  type TranslationState,
} from './translationState';
export {
  forEachKindText,
  forEachRecordText,
  forEachRegisterText,
  holderIn,
  META_TRANSLATABLE_FIELDS,
  parsePlaceKey,
  placeKey,
  type RegisterText,
  type TextPlace,
} from './registerTexts';
export { confirmTranslation, stampHolder, stampRecord, stampRegister, withTranslation } from './stamping';
export {
  kindsWithTasks,
  translationCounts,
  translationTasks,
  translationTexts,
  type TranslationCounts,
  type TranslationTask,
} from './translationTasks';
