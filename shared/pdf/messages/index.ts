/**
 * The PDF's own words, registered in every interface language. Field names, record kinds and enum values come from
 * shared/catalogue so the PDF, the Excel export and the editor use one vocabulary; only what exists on paper alone
 * (cover, summary, page footer, appendix captions) is written here.
 */
import type { UiLanguage } from '../../i18n/languages';
import { defineMessages, translate, type MessageParams } from '../../i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const PDF_MESSAGES = defineMessages({ en, nl, fr, de });

export type PdfMessageKey = keyof typeof en;

export function pdfMessage(lang: UiLanguage, key: PdfMessageKey, params?: MessageParams): string {
  return translate(PDF_MESSAGES, lang, key, params);
}
