/** The platform adapter backed by the Electron preload (`window.ropaDesk`). */
import type { DesktopApi } from '../../shared/ipc/channels';
import { readLastManualBackupAt, recordManualBackup } from './manualBackups';
import type { Platform } from './platform';

export function electronPlatform(api: DesktopApi): Platform {
  return {
    kind: 'electron',
    supportsAutomaticBackups: true,
    canRevealSavedFiles: true,
    appInfo: () => api.appInfo(),
    saveFile: (request) => api.saveFile(request),
    openFile: (request) => api.openFile(request),
    revealLastSaved: (mode) => api.revealLastSaved(mode),
    backupWrite: async (request) => {
      const result = await api.backupWrite(request);
      if (request.reason === 'manual') recordManualBackup(new Date());
      return result;
    },
    backupInfo: () => api.backupInfo(),
    openBackupFolder: () => api.openBackupFolder(),
    setLanguage: (language) => api.setLanguage(language),
    onFlushRequest: (callback) => api.onFlushRequest(callback),
    onMenuCommand: (callback) => api.onMenuCommand(callback),
    lastManualBackupAt: () => readLastManualBackupAt(),
  } satisfies Platform;
}
