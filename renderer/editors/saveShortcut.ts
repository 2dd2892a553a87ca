/** The editor's save shortcut: Ctrl+S, or Cmd+S on macOS (either modifier is taken on every platform). */

export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** Ctrl+S or Cmd+S, without Alt or Shift (those stay free for other commands). */
export function isSaveShortcut(event: KeyLike): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return false;
  return event.key.toLowerCase() === 's' || event.code === 'KeyS';
}

/** The shortcut as the platform writes it: "⌘S" on macOS, otherwise "Ctrl+S" (with the language's name of Ctrl). */
export function saveShortcutKeys(ctrlName: string): string {
  return isMac() ? '⌘S' : `${ctrlName}+S`;
}
