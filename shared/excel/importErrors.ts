/**
 * Why a workbook was refused as a whole. Like RegisterFileError: a key and parameters, so the sentence can be shown
 * in the user's language (`localized`), and an English message for logs and the CLI.
 */
import type { UiLanguage } from '../i18n/languages';
import { translate, type MessageParams } from '../i18n/translate';
import { IMPORT_ERRORS, type ImportErrorKey } from './messages';

export class WorkbookImportError extends Error {
  constructor(
    readonly key: ImportErrorKey,
    readonly params: MessageParams = {},
  ) {
    super(translate(IMPORT_ERRORS, 'en', key, params));
    this.name = 'WorkbookImportError';
  }

  localized(lang: UiLanguage): string {
    return translate(IMPORT_ERRORS, lang, this.key, this.params);
  }
}
