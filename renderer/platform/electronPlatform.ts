/** The platform adapter backed by the Electron preload (`window.ropaDesk`). */
import type { DesktopApi } from '../../shared/ipc/channels';
import { readLastManualBackupAt, recordManualBackup } from './manualBackups';
import type { Platform } from './platform';

export function electronPlatform(api: DesktopApi): Platform {
  return {
    // Every method of the desktop API as the preload built it from the IPC contract, so a new channel needs no code
    // here; only what the desktop adds on top is written out below.
    ...api,
    kind: 'electron',
    supportsAutomaticBackups: true,
    canRevealSavedFiles: true,
    secureTokenStorage: true,
    backupWrite: async (request) => {
      const result = await api.backupWrite(request);
      if (request.reason === 'manual') recordManualBackup(new Date());
      return result;
    },
    lastManualBackupAt: () => readLastManualBackupAt(),
  } satisfies Platform;
}
