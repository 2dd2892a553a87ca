/**
 * A small stand-in for the `electron` module, so main-process code runs in plain Node under Vitest
 * (the Electron binary cannot be installed on the build machines). It records what the code asked for.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeWebContents extends EventEmitter {
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
  restore = vi.fn();
  focus = vi.fn();
  show = vi.fn();
}

export function createFakeElectron() {
  const calls: string[] = [];
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const app = Object.assign(new EventEmitter(), {
    setName: vi.fn(),
    setPath: vi.fn(),
    getPath: vi.fn((name: string) => `/home/dpo/${name}`),
    getVersion: () => '0.1.0',
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
      webRequest: { onBeforeRequest: vi.fn() },
    },
  };
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
    handle: vi.fn(() => calls.push('protocol.handle')),
  };
  const ipcMain = { handle: vi.fn() };
  FakeBrowserWindow.instances = [];
  return {
    module: { app, BrowserWindow: FakeBrowserWindow, dialog: {}, ipcMain, protocol, session, shell: { openExternal: vi.fn() } },
    calls,
    permissionHandlers,
    ready: () => {
      resolveReady();
      return new Promise((r) => setTimeout(r, 0));
    },
  };
}
