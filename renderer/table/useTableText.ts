/** The table's own words in the interface language. */
import { useCallback } from 'react';
import { translate, type MessageParams } from '../../shared/i18n/translate';
import { useI18n } from '../app/i18n';
import { TABLE_MESSAGES, type TableMessageKey } from './messages';

export type TableText = (key: TableMessageKey, params?: MessageParams) => string;

export function useTableText(): TableText {
  const { lang } = useI18n();
  return useCallback(
    (key: TableMessageKey, params?: MessageParams) => translate(TABLE_MESSAGES, lang, key, params),
    [lang],
  );
}
