/**
 * Electron main process: one hardened window showing the renderer from app://ropa/, a single instance, the
 * IPC handlers of shared/ipc/channels.ts, the application menu (electron/menu/) in the interface language, the
 * recent register files, the window's remembered bounds, and the backups folder (<userData>/backups) the renderer
 * writes to. Domain logic lives in shared/ and the renderer, not here.
 *
 * The page is always loaded from app://ropa/, in development too: there is no "load the Vite dev server" mode.
 * Another origin would have its own IndexedDB (a different register than the app's), and the sender check, the
 * request filter and the CSP would all need exceptions that could leak into the packaged app. The renderer's hot
 * reload is `npm run dev` in a browser, with the browser platform.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, screen, session, shell } from 'electron';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import type { UiLanguage } from '../shared/i18n/languages';
import { translate } from '../shared/i18n/translate';
import type { MenuCommand, SaveKind } from '../shared/ipc/desktopApi';
import { createBackupStore } from './backups/backupStore';
import { writeFileAtomic, writeFileAtomicSync } from './files/atomicWrite';
import { openRegisterFromDisk, registerFilesInArgv, type OpenProblem } from './files/openFromSystem';
import { createRecentFiles, RECENT_FILES_FILE, type RecentFiles } from './files/recentFiles';
import { registerIpcHandlers } from './ipc/handlers';
import { sendEvent } from './ipc/registerContract';
import { languageFromLocale } from './menu/menuLanguage';
import { MENU_MESSAGES, type MenuMessageKey } from './menu/menuMessages';
import { menuTemplate, type MenuHandlers } from './menu/menuTemplate';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, APP_START_URL, createAppProtocolHandler } from './protocol/appProtocol';
import { contentSecurityPolicy } from './security/contentSecurityPolicy';
import { hardenSession, hardenWebContents } from './security/hardenSession';
import { createSyncTokenStore } from './sync/syncTokenStore';
import { openTrustedExternal } from './security/trustedUrl';
import { guardCloseWithFlush, type FlushGuard } from './window/flushOnClose';
import { createMainWindow } from './window/windowOptions';
import { loadWindowState, rememberWindowState, WINDOW_STATE_FILE } from './window/windowState';

// The user-data folder (and with it IndexedDB) is pinned to the product name, so renaming the package or the
// executable never moves the register.
app.setName('RoPA Desk');
app.setPath('userData', path.join(app.getPath('appData'), 'RoPA Desk'));

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

const isMac = process.platform === 'darwin';
const rendererRoot = path.join(__dirname, '..', 'renderer');
const stateFiles = {
  readFileSync: (file: string, encoding: 'utf8') => readFileSync(file, encoding),
  writeFileAtomicSync,
};

let mainWindow: BrowserWindow | null = null;
let flushGuard: FlushGuard | null = null;
/** Set when the user quits (menu, Cmd+Q): holding the window back for the flush cancels the quit, so redo it. */
let quitting = false;
/** Until the page says otherwise (`app:set-language`), the system's language when it is one of ours. */
let language: UiLanguage = 'en';
let recents: RecentFiles | null = null;
let ready = false;
/** Register files the system asked to open before the app was ready (command line, macOS 'open-file'). */
const pendingSystemFiles: string[] = registerFilesInArgv(process.argv, {
  isPackaged: app.isPackaged,
  cwd: process.cwd(),
});
/** Where the last save dialog ended, so the next one starts there. */
let lastSaveFolder: string | null = null;

const t = (key: MenuMessageKey, params?: Record<string, string>) => translate(MENU_MESSAGES, language, key, params);

/** The only call of `shell.openExternal`: reached only through `openTrustedExternal` (https, named help hosts). */
const openExternal = (url: string) => shell.openExternal(url);

function statePath(file: string): string {
  return path.join(app.getPath('userData'), file);
}

function createWindow(): BrowserWindow {
  const stateFile = statePath(WINDOW_STATE_FILE);
  const state = loadWindowState({
    fs: stateFiles,
    file: stateFile,
    workAreas: screen.getAllDisplays().map((d) => d.workArea),
  });
  const window = createMainWindow(BrowserWindow, path.join(__dirname, 'preload.cjs'), state.bounds);
  mainWindow = window;
  rememberWindowState(window, { fs: stateFiles, file: stateFile });
  hardenWebContents(window.webContents, openExternal);
  // The page writes its final backup before the window closes (or after 5 seconds, it closes anyway).
  flushGuard = guardCloseWithFlush(window, {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle),
  });
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  window.on('closed', () => {
    if (mainWindow === window) {
      mainWindow = null;
      flushGuard = null;
    }
    if (quitting) app.quit();
  });
  void window.loadURL(APP_START_URL);
  return window;
}

/** Sends a command to the page, opening the window first when there is none (macOS keeps the app without one). */
function sendToPage(command: MenuCommand): void {
  const window = mainWindow && !mainWindow.isDestroyed() ? mainWindow : createWindow();
  const contents = window.webContents;
  const send = () => {
    if (!contents.isDestroyed()) sendEvent(contents, 'menu:command', command);
  };
  // The preload keeps commands until the page listens; it must have loaded to receive them at all.
  if (contents.isLoading()) contents.once('did-finish-load', send);
  else send();
}

async function showMessage(type: 'info' | 'warning', title: string, message: string, detail?: string): Promise<void> {
  const options = { type, title, message, ...(detail ? { detail } : {}), buttons: [t('ok')], noLink: true };
  if (mainWindow && !mainWindow.isDestroyed()) await dialog.showMessageBox(mainWindow, options);
  else await dialog.showMessageBox(options);
}

function reportOpenProblem(problem: OpenProblem): void {
  const message =
    problem.kind === 'missing'
      ? t('fileMissingMessage', { name: problem.name })
      : t('fileUnreadableMessage', { name: problem.name, reason: problem.reason });
  void showMessage('warning', t('fileMissingTitle'), message);
}

function openFromDisk(file: string, via: 'recent' | 'system'): void {
  if (!recents) return;
  void openRegisterFromDisk(file, via, {
    stat: (f) => fs.stat(f),
    readFile: async (f) => {
      const buffer = await fs.readFile(f);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    },
    recents,
    onRecentsChanged: rebuildMenu,
    send: sendToPage,
    report: reportOpenProblem,
  });
}

const menuHandlers: MenuHandlers = {
  command: (name) => sendToPage({ name }),
  openRecent: (index) => {
    const file = recents?.at(index);
    if (file) openFromDisk(file, 'recent');
  },
  clearRecent: () => {
    recents?.clear();
    rebuildMenu();
  },
  about: () =>
    void showMessage(
      'info',
      t('about'),
      'RoPA Desk',
      t('aboutDetail', {
        version: app.getVersion(),
        electron: process.versions['electron'] ?? '',
        chrome: process.versions['chrome'] ?? '',
      }),
    ),
  openHelp: (url) => void openTrustedExternal(url, openExternal).catch(() => false),
};

function rebuildMenu(): void {
  const template = menuTemplate(language, menuHandlers, {
    isMac,
    isPackaged: app.isPackaged,
    recent: recents?.labels() ?? [],
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

const FILTER_NAMES: Readonly<Record<SaveKind, MenuMessageKey>> = {
  xlsx: 'filterXlsx',
  pdf: 'filterPdf',
  backup: 'filterRegister',
};

if (!app.requestSingleInstanceLock()) {
  // A second instance could not open the database the first one holds: hand over to the first and quit.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    // A register file double-clicked while the app runs arrives in the second instance's command line.
    if (ready)
      for (const file of registerFilesInArgv(argv, { isPackaged: app.isPackaged, cwd: workingDirectory }))
        openFromDisk(file, 'system');
  });

  // macOS hands over double-clicked files with this event, possibly before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (ready) openFromDisk(file, 'system');
    else pendingSystemFiles.push(file);
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  app.on('before-quit', () => {
    quitting = true;
  });

  void app.whenReady().then(() => {
    language = languageFromLocale(app.getLocale());
    recents = createRecentFiles({ file: statePath(RECENT_FILES_FILE), fs: stateFiles });
    const syncTokens = createSyncTokenStore({
      file: statePath('sync-token.json'),
      files: { readFile: (file) => fs.readFile(file), writeFileAtomic, unlink: (file) => fs.unlink(file) },
      cipher: safeStorage,
    });
    hardenSession(session.defaultSession, process.platform, () => syncTokens.remoteOrigin());
    // The first page load waits for the kept remote, so its policy already names it.
    const tokensLoaded = syncTokens.load();
    protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler({
        root: rendererRoot,
        readFile: (file) => fs.readFile(file),
        contentSecurityPolicy: async () => {
          await tokensLoaded;
          return contentSecurityPolicy(syncTokens.remoteOrigin());
        },
      }),
    );
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
      openPath: (file) => shell.openPath(file),
      showItemInFolder: (file) => shell.showItemInFolder(file),
      onFlushed: () => flushGuard?.flushed(),
      setLanguage: (next) => {
        language = next;
        rebuildMenu();
      },
      onRegisterOpened: (file) => {
        recents?.add(file);
        rebuildMenu();
      },
      filterName: (kind) => t(FILTER_NAMES[kind]),
      syncTokens,
      dialogs: {
        showSave: async (suggestedName, filters) => {
          const options = {
            defaultPath: path.join(lastSaveFolder ?? app.getPath('documents'), suggestedName),
            filters,
          };
          const result = mainWindow
            ? await dialog.showSaveDialog(mainWindow, options)
            : await dialog.showSaveDialog(options);
          if (result.canceled || !result.filePath) return undefined;
          lastSaveFolder = path.dirname(result.filePath);
          return result.filePath;
        },
        showOpen: async (filters) => {
          const options = { properties: ['openFile' as const], filters };
          const result = mainWindow
            ? await dialog.showOpenDialog(mainWindow, options)
            : await dialog.showOpenDialog(options);
          return result.canceled ? undefined : result.filePaths[0];
        },
      },
    });
    createWindow();
    rebuildMenu();
    ready = true;
    for (const file of pendingSystemFiles.splice(0)) openFromDisk(file, 'system');
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
}
