/**
 * Why a file was refused as a whole before any table was looked for: too large, encrypted, a zip bomb, not a
 * spreadsheet, an encoding or a quotation mark that cannot be read. Like WorkbookImportError: a reason code and
 * parameters, so the import screen says it in the user's language (`localized`) and the CLI logs the English text.
 */
import type { UiLanguage } from '../../i18n/languages';
import { translate, type MessageParams } from '../../i18n/translate';
import { READ_ERRORS, type ReadErrorReason } from '../messages';

export type { ReadErrorReason };

export class SpreadsheetReadError extends Error {
  constructor(
    readonly reason: ReadErrorReason,
    readonly params: MessageParams = {},
  ) {
    super(translate(READ_ERRORS, 'en', reason, params));
    this.name = 'SpreadsheetReadError';
  }

  localized(lang: UiLanguage): string {
    return translate(READ_ERRORS, lang, this.reason, this.params);
  }
}
