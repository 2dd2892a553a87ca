/** The safety screens' words in the current interface language. */
import type { MessageParams } from '../../shared/i18n/translate';
import { translate } from '../../shared/i18n/translate';
import { useI18n } from '../app/i18n';
import { SAFETY_MESSAGES, type SafetyMessageKey } from './messages';

export function useSafetyText(): (key: SafetyMessageKey, params?: MessageParams) => string {
  const { lang } = useI18n();
  return (key, params) => translate(SAFETY_MESSAGES, lang, key, params);
}
