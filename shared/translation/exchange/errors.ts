/**
 * Why a translated file was refused as a whole. Like WorkbookImportError: a key and parameters, so the sentence is
 * shown in the user's language (`localized`), and an English message for logs. A workbook refused by the shared
 * workbook guards (zip bomb, encryption, damage) keeps that refusal and says it in the user's language too.
 */
import { TEXT_LANGUAGES, type TextLanguage, type UiLanguage } from '../../i18n/languages';
import { translate, type MessageParams } from '../../i18n/translate';
import { languageNameInText } from '../../i18n/languages';
import { FILE_ERRORS, type FileErrorKey } from './messages';

interface Localizable {
  localized(lang: UiLanguage): string;
}

export class TranslationFileError extends Error {
  constructor(
    readonly key: FileErrorKey,
    readonly params: MessageParams = {},
    /** The workbook guards' own refusal, for `key: 'workbook'`. */
    readonly inner?: Localizable,
  ) {
    super(key);
    this.name = 'TranslationFileError';
    this.message = this.localized('en');
  }

  localized(lang: UiLanguage): string {
    return translate(FILE_ERRORS, lang, this.key, this.paramsIn(lang));
  }

  /** The parameters in a language: language codes named in it ("French", "français"), the inner refusal said in it. */
  private paramsIn(lang: UiLanguage): MessageParams {
    const out: Record<string, string | number> = { ...this.params };
    for (const name of LANGUAGE_PARAMS) {
      const value = out[name];
      if (typeof value === 'string' && (TEXT_LANGUAGES as readonly string[]).includes(value))
        out[name] = languageNameInText(value as TextLanguage, lang);
    }
    if (this.inner) out['reason'] = this.inner.localized(lang);
    return out;
  }
}

/** Parameters that hold a language code when it is one of the register's languages (else the file's own text). */
const LANGUAGE_PARAMS = ['found', 'expected'] as const;
