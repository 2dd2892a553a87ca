/**
 * A small stand-in for the `electron` module, so main-process code runs in plain Node under Vitest
 * (the Electron binary cannot be installed on the build machines). It records what the code asked for.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeWebContents extends EventEmitter {
  /** Every message the main process sent to the page, by channel. */
  sent: string[] = [];
  /** The same messages with their arguments. */
  messages: { channel: string; args: unknown[] }[] = [];
  send(channel: string, ...args: unknown[]) {
    this.sent.push(channel);
    this.messages.push({ channel, args });
  }
  /** Whether the page is still loading (then `did-finish-load` is emitted by the test). */
  loading = false;
  isLoading = () => this.loading;
  isDestroyed = () => false;
  isCrashed = () => false;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  /** Emits an event the way Electron does and says whether a listener prevented it. */
  emitPreventable(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows = () => FakeBrowserWindow.instances;
  webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isMinimized = () => false;
  isMaximized = () => false;
  maximize = vi.fn();
  getNormalBounds = () => ({
    x: Number(this.options['x'] ?? 0),
    y: Number(this.options['y'] ?? 0),
    width: Number(this.options['width']),
    height: Number(this.options['height']),
  });
  restore = vi.fn();
  focus = vi.fn();
  show = vi.fn();
  destroyed = false;
  isDestroyed = () => this.destroyed;
  /** Like Electron: emits a preventable `close`, and unless a listener prevented it, destroys and emits `closed`. */
  close() {
    if (this.destroyed) return;
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.destroyed = true;
    this.emit('closed');
  }
}

export interface FakeElectronOptions {
  /** `app.getPath(name)` answers; the default is `/home/dpo/<name>` (a folder that does not exist). */
  paths?: Record<string, string>;
  isPackaged?: boolean;
  locale?: string;
  /** The displays' work areas `screen.getAllDisplays()` reports. */
  workAreas?: { x: number; y: number; width: number; height: number }[];
  /** What `safeStorage.isEncryptionAvailable()` answers; true unless set. */
  encryptionAvailable?: boolean;
  /** What `safeStorage.getSelectedStorageBackend()` answers (Linux); 'gnome_libsecret' unless set. */
  storageBackend?: string;
}

/** The menu `Menu.buildFromTemplate` built: the template itself, so a test can read and click its items. */
export interface FakeMenu {
  template: MenuItemConstructorOptions[];
}

export function createFakeElectron(options: FakeElectronOptions = {}) {
  const calls: string[] = [];
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const app = Object.assign(new EventEmitter(), {
    setName: vi.fn(),
    setPath: vi.fn(),
    getPath: vi.fn((name: string) => options.paths?.[name] ?? `/home/dpo/${name}`),
    getVersion: () => '0.1.0',
    getLocale: vi.fn(() => options.locale ?? 'en-US'),
    isPackaged: options.isPackaged ?? false,
    enableSandbox: vi.fn(() => calls.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: () => ready,
    quit: vi.fn(),
  });
  const permissionHandlers: { request?: (...args: unknown[]) => void; check?: () => boolean } = {};
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (h: (...args: unknown[]) => void) => (permissionHandlers.request = h),
      setPermissionCheckHandler: (h: () => boolean) => (permissionHandlers.check = h),
      setSpellCheckerEnabled: vi.fn((_enabled: boolean) => undefined),
      webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
    },
  };
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
    handle: vi.fn(() => calls.push('protocol.handle')),
  };
  const ipcMain = { handle: vi.fn() };
  const Menu = {
    buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]): FakeMenu => ({ template })),
    setApplicationMenu: vi.fn((_menu: FakeMenu | null) => undefined),
  };
  const screen = {
    getAllDisplays: vi.fn(() =>
      (options.workAreas ?? [{ x: 0, y: 0, width: 1920, height: 1040 }]).map((workArea) => ({ workArea })),
    ),
  };
  const dialog = {
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  };
  FakeBrowserWindow.instances = [];
  return {
    module: {
      app,
      BrowserWindow: FakeBrowserWindow,
      dialog,
      ipcMain,
      Menu,
      protocol,
      screen,
      session,
      /** Stands in for the operating system's secure storage: reversible, and visibly not the plain text. */
      safeStorage: {
        isEncryptionAvailable: vi.fn(() => options.encryptionAvailable ?? true),
        getSelectedStorageBackend: vi.fn(() => options.storageBackend ?? 'gnome_libsecret'),
        encryptString: (text: string) => Buffer.from(`enc:${[...text].reverse().join('')}`),
        decryptString: (data: Buffer) => [...data.toString().slice('enc:'.length)].reverse().join(''),
      },
      shell: {
        openExternal: vi.fn(async (_url: string) => undefined),
        openPath: vi.fn(async (_folder: string) => ''),
        showItemInFolder: vi.fn((_file: string) => undefined),
      },
    },
    calls,
    permissionHandlers,
    ready: () => {
      resolveReady();
      return new Promise((r) => setTimeout(r, 0));
    },
  };
}

/** The part of `electron` the preload uses: what it exposes to the page, and the IPC it does. */
export function createFakePreloadElectron() {
  const exposed: Record<string, unknown> = {};
  const ipcRenderer = Object.assign(new EventEmitter(), {
    invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined),
  });
  return {
    module: {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer,
    },
    exposed,
    ipcRenderer,
  };
}
