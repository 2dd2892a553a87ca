/** The platform adapter backed by the Electron preload (`window.ropaDesk`). */
import type { DesktopApi } from '../../shared/ipc/channels';
import type { Platform } from './platform';

export function electronPlatform(api: DesktopApi): Platform {
  return {
    kind: 'electron',
    appInfo: () => api.appInfo(),
    saveFile: (request) => api.saveFile(request),
    openFile: (request) => api.openFile(request),
  } satisfies Platform;
}
