/**
 * Preload: exposes the typed desktop API (shared/ipc/channels.ts) to the page as `window.ropaDesk`, and
 * nothing else. Each method forwards to its one IPC channel; the main process validates the arguments.
 * The IPC event objects themselves never reach the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  API_CHANNELS,
  FLUSH_REQUEST_CHANNEL,
  MENU_COMMAND_CHANNEL,
  type DesktopApi,
  type MenuCommand,
} from '../shared/ipc/desktopApi';

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

/**
 * Menu commands: listened for from the start, so a command sent while the page is still starting (a register
 * file opened from the system) waits here for the page's callback instead of being lost.
 */
export const MAX_PENDING_MENU_COMMANDS = 20;
let menuCallback: ((command: MenuCommand) => void) | null = null;
const pendingMenuCommands: MenuCommand[] = [];

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';
}

function deliverMenuCommand(command: MenuCommand): void {
  if (!menuCallback) {
    if (pendingMenuCommands.length < MAX_PENDING_MENU_COMMANDS) pendingMenuCommands.push(command);
    return;
  }
  try {
    menuCallback(command);
  } catch {
    // A failing handler in the page must not stop later commands.
  }
}

ipcRenderer.on(MENU_COMMAND_CHANNEL, (_event, command: unknown) => {
  if (isMenuCommand(command)) deliverMenuCommand(command);
});

const api: DesktopApi = {
  appInfo: () => ipcRenderer.invoke(API_CHANNELS.appInfo),
  saveFile: (request) => ipcRenderer.invoke(API_CHANNELS.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(API_CHANNELS.openFile, request),
  revealLastSaved: (mode) => ipcRenderer.invoke(API_CHANNELS.revealLastSaved, mode),
  backupWrite: (request) => ipcRenderer.invoke(API_CHANNELS.backupWrite, request),
  backupInfo: () => ipcRenderer.invoke(API_CHANNELS.backupInfo),
  openBackupFolder: () => ipcRenderer.invoke(API_CHANNELS.openBackupFolder),
  setLanguage: (language) => ipcRenderer.invoke(API_CHANNELS.setLanguage, language),
  onFlushRequest: (callback) => {
    flushCallback = callback;
    if (listeningForFlush) return;
    listeningForFlush = true;
    // The IPC event itself is not passed to the page.
    ipcRenderer.on(FLUSH_REQUEST_CHANNEL, () => void flush());
  },
  onMenuCommand: (callback) => {
    menuCallback = callback;
    for (const command of pendingMenuCommands.splice(0)) deliverMenuCommand(command);
    return () => {
      if (menuCallback === callback) menuCallback = null;
    };
  },
};

contextBridge.exposeInMainWorld('ropaDesk', api);
