/**
 * Preload: exposes the typed desktop API (shared/ipc/channels.ts) to the page as `window.ropaDesk`, and
 * nothing else. Each method forwards to its one IPC channel; the main process validates the arguments.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNELS, FLUSH_REQUEST_CHANNEL, type DesktopApi } from '../shared/ipc/desktopApi';

/** What the page registered to run before the window closes; the IPC listener is added once, on first use. */
let flushCallback: (() => Promise<void>) | null = null;
let listeningForFlush = false;

async function flush(): Promise<void> {
  try {
    await flushCallback?.();
  } catch {
    // The page could not write its backup; the window closes anyway, as it would after the timeout.
  } finally {
    await ipcRenderer.invoke(API_CHANNELS.onFlushRequest).catch(() => undefined);
  }
}

const api: DesktopApi = {
  appInfo: () => ipcRenderer.invoke(API_CHANNELS.appInfo),
  saveFile: (request) => ipcRenderer.invoke(API_CHANNELS.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(API_CHANNELS.openFile, request),
  backupWrite: (request) => ipcRenderer.invoke(API_CHANNELS.backupWrite, request),
  backupInfo: () => ipcRenderer.invoke(API_CHANNELS.backupInfo),
  openBackupFolder: () => ipcRenderer.invoke(API_CHANNELS.openBackupFolder),
  onFlushRequest: (callback) => {
    flushCallback = callback;
    if (listeningForFlush) return;
    listeningForFlush = true;
    // The IPC event itself is not passed to the page.
    ipcRenderer.on(FLUSH_REQUEST_CHANNEL, () => void flush());
  },
};

contextBridge.exposeInMainWorld('ropaDesk', api);
