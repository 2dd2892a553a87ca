/**
 * Preload: exposes the typed desktop API (shared/ipc/channels.ts) to the page as `window.ropaDesk`, and
 * nothing else. Each method forwards to its one IPC channel; the main process validates the arguments.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNELS, type DesktopApi } from '../shared/ipc/desktopApi';

const api: DesktopApi = {
  appInfo: () => ipcRenderer.invoke(API_CHANNELS.appInfo),
  saveFile: (request) => ipcRenderer.invoke(API_CHANNELS.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(API_CHANNELS.openFile, request),
};

contextBridge.exposeInMainWorld('ropaDesk', api);
