/**
 * Why a sync stopped, as a sentence in the user's language. Every SyncError is thrown before the local register
 * is touched, so each message can say that nothing was changed.
 */
import type { UiLanguage } from '../../shared/i18n/languages';
import { translate, type MessageParams } from '../../shared/i18n/translate';
import { SYNC_MESSAGES, type SyncMessageKey } from './messages';

export class SyncError extends Error {
  constructor(
    readonly key: SyncMessageKey,
    readonly params: MessageParams = {},
    /** A refusal with its own sentence (the remote's register folder), given as `{detail}`. */
    readonly refusal?: { localized(lang: UiLanguage): string },
  ) {
    super('');
    this.name = 'SyncError';
    this.message = this.localized('en');
  }

  localized(lang: UiLanguage): string {
    const params = this.refusal ? { ...this.params, detail: this.refusal.localized(lang) } : this.params;
    return translate(SYNC_MESSAGES, lang, this.key, params);
  }

  /** A failure of the network or the server, with a refused login told apart (HTTP 401 or 403). */
  static fromNetwork(key: SyncMessageKey, error: unknown): SyncError {
    const status = (error as { data?: { statusCode?: number } }).data?.statusCode;
    const code = (error as { code?: string }).code;
    if (status === 401 || status === 403 || code === 'UserCanceledError') return new SyncError('authFailed');
    return SyncError.fromDetail(key, error instanceof Error ? error.message : String(error));
  }

  static fromDetail(key: SyncMessageKey, detail: string): SyncError {
    // Git's and the network's own words, short: the sentence around them is the user's language.
    return new SyncError(key, { detail: detail.length > 160 ? `${detail.slice(0, 157)}...` : detail });
  }
}
