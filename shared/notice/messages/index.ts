/** The privacy notice's words, registered in every interface language (keys: en.ts). */
import { defineMessages, translate, type MessageParams } from '../../i18n/translate';
import type { UiLanguage } from '../../i18n/languages';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const NOTICE_MESSAGES = defineMessages({ en, nl, fr, de });
export type NoticeMessageKey = keyof typeof en;

export function noticeMessage(lang: UiLanguage, key: NoticeMessageKey, params?: MessageParams): string {
  return translate(NOTICE_MESSAGES, lang, key, params);
}
