/**
 * Electron main process: one hardened window showing the renderer from app://ropa/, a single instance, and
 * the IPC handlers of shared/ipc/channels.ts. Domain logic lives in shared/ and the renderer, not here.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './files/atomicWrite';
import { registerIpcHandlers } from './ipc/handlers';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, APP_START_URL, createAppProtocolHandler } from './protocol/appProtocol';
import { hardenSession, hardenWebContents } from './security/hardenSession';
import { mainWindowOptions } from './window/windowOptions';

// The user-data folder (and with it IndexedDB) is pinned to the product name, so renaming the package or the
// executable never moves the register.
app.setName('RoPA Desk');
app.setPath('userData', path.join(app.getPath('appData'), 'RoPA Desk'));

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

const rendererRoot = path.join(__dirname, '..', 'renderer');
let mainWindow: BrowserWindow | null = null;

function createWindow(): void {
  mainWindow = new BrowserWindow(mainWindowOptions(path.join(__dirname, 'preload.cjs')));
  hardenWebContents(mainWindow.webContents, (url) => shell.openExternal(url));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(APP_START_URL);
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

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: rendererRoot, readFile: (file) => fs.readFile(file) }));
    registerIpcHandlers(ipcMain, {
      appInfo: { version: app.getVersion(), platform: process.platform },
      files: { writeFileAtomic, readFile: (file) => fs.readFile(file) },
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
