/** The platform adapter backed by the Electron preload (`window.ropaDesk`). */
import type { DesktopApi } from '../../shared/ipc/channels';
import { readLastManualBackupAt, recordManualBackup } from './manualBackups';
import type { Platform } from './platform';

export function electronPlatform(api: DesktopApi): Platform {
  return {
    kind: 'electron',
    supportsAutomaticBackups: true,
    appInfo: () => api.appInfo(),
    saveFile: (request) => api.saveFile(request),
    openFile: (request) => api.openFile(request),
    backupWrite: async (request) => {
      const result = await api.backupWrite(request);
      if (request.reason === 'manual') recordManualBackup(new Date());
      return result;
    },
    backupInfo: () => api.backupInfo(),
    openBackupFolder: () => api.openBackupFolder(),
    onFlushRequest: (callback) => api.onFlushRequest(callback),
    lastManualBackupAt: () => readLastManualBackupAt(),
  } satisfies Platform;
}
