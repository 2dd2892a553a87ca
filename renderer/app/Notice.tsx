/** A status line for the outcome of an action: announced to screen readers, styled by kind. */
import type { UiLanguage } from '../../shared/i18n/languages';

export interface NoticeState {
  kind: 'success' | 'error' | 'info';
  text: string;
}

export function Notice({ notice }: { notice: NoticeState | null }) {
  if (!notice) return null;
  return (
    <p className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      {notice.text}
    </p>
  );
}

/** The message to show for a failure: in the user's language when the error knows how to say it. */
export function errorText(error: unknown, lang: UiLanguage): string {
  if (error !== null && typeof error === 'object' && 'localized' in error && typeof error.localized === 'function') {
    return String((error as { localized: (l: UiLanguage) => string }).localized(lang));
  }
  return error instanceof Error ? error.message : String(error);
}
