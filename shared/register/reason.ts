/** A message of the register file catalogue with its parameters, translated only when shown, in the reader's language. */
import type { UiLanguage } from '../i18n/languages';
import { translate, type MessageParams } from '../i18n/translate';
import { KIND_LABELS } from '../catalogue/fieldLabels';
import type { RecordKind } from '../model/register';
import { FILE_MESSAGES, type FileMessageKey } from './messages';

export interface Reason {
  readonly key: FileMessageKey;
  readonly params?: MessageParams;
  /** A record kind the message names as `{kind}`, in the reader's language. */
  readonly kind?: RecordKind;
}

export function reasonText(reason: Reason, lang: UiLanguage): string {
  const params =
    reason.kind === undefined ? reason.params : { ...reason.params, kind: KIND_LABELS[reason.kind].one[lang] };
  return translate(FILE_MESSAGES, lang, reason.key, params);
}
