/**
 * Electron main process: one hardened window showing the renderer from app://ropa/, a single instance, the
 * IPC handlers of shared/ipc/channels.ts, and the backups folder (<userData>/backups) the renderer writes to.
 * Domain logic lives in shared/ and the renderer, not here.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createBackupStore } from './backups/backupStore';
import { writeFileAtomic } from './files/atomicWrite';
import { registerIpcHandlers } from './ipc/handlers';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, APP_START_URL, createAppProtocolHandler } from './protocol/appProtocol';
import { hardenSession, hardenWebContents } from './security/hardenSession';
import { guardCloseWithFlush, type FlushGuard } from './window/flushOnClose';
import { mainWindowOptions } from './window/windowOptions';

// The user-data folder (and with it IndexedDB) is pinned to the product name, so renaming the package or the
// executable never moves the register.
app.setName('RoPA Desk');
app.setPath('userData', path.join(app.getPath('appData'), 'RoPA Desk'));

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

const rendererRoot = path.join(__dirname, '..', 'renderer');
let mainWindow: BrowserWindow | null = null;
let flushGuard: FlushGuard | null = null;
/** Set when the user quits (menu, Cmd+Q): holding the window back for the flush cancels the quit, so redo it. */
let quitting = false;

function createWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(path.join(__dirname, 'preload.cjs')));
  mainWindow = window;
  hardenWebContents(window.webContents, (url) => shell.openExternal(url));
  // The page writes its final backup before the window closes (or after 5 seconds, it closes anyway).
  flushGuard = guardCloseWithFlush(window, {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle),
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) {
      mainWindow = null;
      flushGuard = null;
    }
    if (quitting) app.quit();
  });
  void window.loadURL(APP_START_URL);
}

if (!app.requestSingleInstanceLock()) {
  // A second instance could not open the database the first one holds: hand over to the first and quit.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  app.on('before-quit', () => {
    quitting = true;
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: rendererRoot, readFile: (file) => fs.readFile(file) }));
    const backups = createBackupStore({
      folder: path.join(app.getPath('userData'), 'backups'),
      fs: {
        mkdir: (folder, options) => fs.mkdir(folder, options),
        readdir: (folder) => fs.readdir(folder),
        stat: (file) => fs.stat(file),
        unlink: (file) => fs.unlink(file),
        writeFileAtomic,
      },
      now: () => new Date(),
    });
    registerIpcHandlers(ipcMain, {
      appInfo: { version: app.getVersion(), platform: process.platform },
      files: { writeFileAtomic, readFile: (file) => fs.readFile(file) },
      backups,
      openPath: (folder) => shell.openPath(folder),
      onFlushed: () => flushGuard?.flushed(),
      dialogs: {
        showSave: async (suggestedName, filters) => {
          const options = { defaultPath: path.join(app.getPath('documents'), suggestedName), filters };
          const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
          return result.canceled ? undefined : result.filePath;
        },
        showOpen: async (filters) => {
          const options = { properties: ['openFile' as const], filters };
          const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
          return result.canceled ? undefined : result.filePaths[0];
        },
      },
    });
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
