/**
 * The platform adapter for a plain browser: saving is a download, opening is a file input. Used when the
 * renderer is served on 127.0.0.1 (no Electron binary) and by the end-to-end tests. A browser cannot write
 * files silently, so there are no automatic backups: a manual backup is a download, and the time of the last
 * one is remembered so the UI can remind the user.
 */
import { format } from 'date-fns';
import type { OpenFileRequest, SaveFileRequest } from '../../shared/ipc/channels';
import { readLastManualBackupAt, recordManualBackup } from './manualBackups';
import type { Platform } from './platform';
import { clearSessionToken, readSessionToken, saveSessionToken } from './sessionSyncToken';

/** The name of a downloaded backup: `register-backup-2026-11-22.ropa.json` (the user's local date). */
export function manualBackupFileName(date: Date): string {
  return `register-backup-${format(date, 'yyyy-MM-dd')}.ropa.json`;
}

function download(request: SaveFileRequest): void {
  const part: BlobPart = typeof request.data === 'string' ? request.data : new Uint8Array(request.data);
  const url = URL.createObjectURL(new Blob([part]));
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function pickFile(request: OpenFileRequest): Promise<{ name: string; bytes: Uint8Array } | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    const extensions = (request.filters ?? []).flatMap((f) => f.extensions.map((e) => `.${e}`));
    if (extensions.length > 0) input.accept = extensions.join(',');
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      void file.arrayBuffer().then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }));
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

export function browserPlatform(): Platform {
  let flushCallback: (() => Promise<void>) | null = null;
  return {
    kind: 'browser',
    supportsAutomaticBackups: false,
    canRevealSavedFiles: false,
    secureTokenStorage: false,
    syncTokenSave: saveSessionToken,
    syncTokenRead: readSessionToken,
    syncTokenClear: clearSessionToken,
    appInfo: async () => ({ version: import.meta.env['VITE_APP_VERSION'] ?? 'dev', platform: 'browser' }),
    saveFile: async (request) => {
      download(request);
      return { saved: true, fileName: request.suggestedName };
    },
    openFile: pickFile,
    // A download cannot be opened or shown in its folder from the page: there is nothing to reveal.
    revealLastSaved: async () => false,
    backupWrite: async (request) => {
      // Nothing is stored on disk; only a backup the user asked for is downloaded (and remembered).
      if (request.reason !== 'manual') return { fileName: '', folder: '' };
      const now = new Date();
      const fileName = manualBackupFileName(now);
      download({ suggestedName: fileName, data: request.text });
      recordManualBackup(now);
      return { fileName, folder: '' };
    },
    backupInfo: async () => ({ folder: '', files: [] }),
    openBackupFolder: async () => undefined,
    // No application menu in a browser: nothing to translate, and no menu commands ever arrive.
    setLanguage: async () => undefined,
    onMenuCommand: () => () => undefined,
    lastManualBackupAt: () => readLastManualBackupAt(),
    onFlushRequest: (callback) => {
      const listening = flushCallback !== null;
      flushCallback = callback;
      if (listening) return;
      // Best effort: the page may be gone before an asynchronous flush completes.
      window.addEventListener('pagehide', () => {
        try {
          void flushCallback?.().catch(() => undefined);
        } catch {
          // A failing flush must not disturb the page being hidden.
        }
      });
    },
  } satisfies Platform;
}
