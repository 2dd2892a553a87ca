/** The table's own words in the interface language. */
import type { MessageParams } from '../../shared/i18n/translate';
import { useMessages } from '../app/i18n';
import { TABLE_MESSAGES, type TableMessageKey } from './messages';

export type TableText = (key: TableMessageKey, params?: MessageParams) => string;

export function useTableText(): TableText {
  return useMessages(TABLE_MESSAGES);
}
