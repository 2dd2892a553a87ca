import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FLUSH_REQUEST_CHANNEL, INVOKE_CHANNELS } from '../shared/ipc/channels';
import { APP_SCHEME_PRIVILEGES, APP_START_URL } from './protocol/appProtocol';
import { createFakeElectron, FakeBrowserWindow } from './test/fakeElectron';

let fake = createFakeElectron();

const trustedEvent = { senderFrame: { url: 'app://ropa/index.html', parent: null } };

/** Calls the handler main.ts registered for a channel, as the page would through the preload. */
function invoke(channel: string, ...args: unknown[]): Promise<unknown> {
  const registration = fake.module.ipcMain.handle.mock.calls.find((c) => c[0] === channel);
  if (!registration) throw new Error(`no handler for ${channel}`);
  const listener = registration[1] as (event: unknown, ...args: unknown[]) => Promise<unknown>;
  return listener(trustedEvent, ...args);
}

describe('main process wiring', () => {
  beforeEach(() => {
    vi.resetModules();
    fake = createFakeElectron();
    const current = fake.module;
    vi.doMock('electron', () => current);
  });

  it('registers the app scheme as privileged before the app is ready, then serves it and opens one hardened window', async () => {
    await import('./main');
    expect(fake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
    expect(fake.module.protocol.handle).not.toHaveBeenCalled();
    expect(fake.module.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(fake.module.app.setPath).toHaveBeenCalledWith('userData', expect.stringMatching(/RoPA Desk$/));

    await fake.ready();
    expect(fake.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(fake.calls.indexOf('protocol.handle'));
    expect(fake.module.ipcMain.handle.mock.calls.map((c) => c[0]).sort()).toEqual(
      INVOKE_CHANNELS.map((c) => c.channel).sort(),
    );
    const [window] = FakeBrowserWindow.instances;
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(window?.loadedUrl).toBe(APP_START_URL);
    const prefs = (window?.options['webPreferences'] ?? {}) as Record<string, unknown>;
    expect(prefs['sandbox']).toBe(true);
    expect(prefs['contextIsolation']).toBe(true);
    expect(prefs['preload']).toMatch(/preload\.cjs$/);
  });

  it('denies every permission request and check', async () => {
    await import('./main');
    await fake.ready();
    const callback = vi.fn();
    fake.permissionHandlers.request?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.permissionHandlers.check?.()).toBe(false);
  });

  it('switches off the spellchecker where it would download dictionaries (Windows, Linux)', async () => {
    await import('./main');
    await fake.ready();
    expect(fake.module.session.defaultSession.setSpellCheckerEnabled).toHaveBeenCalledWith(
      process.platform === 'darwin',
    );
  });

  it('keeps the window on the app: navigation elsewhere and new windows are refused', async () => {
    await import('./main');
    await fake.ready();
    const contents = FakeBrowserWindow.instances[0]?.webContents;
    expect(contents?.emitPreventable('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents?.emitPreventable('will-navigate', 'app://ropa/index.html')).toBe(false);
    expect(contents?.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(fake.module.shell.openExternal).not.toHaveBeenCalled();
    expect(contents?.windowOpenHandler?.({ url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' })).toEqual({
      action: 'deny',
    });
    expect(fake.module.shell.openExternal).toHaveBeenCalledWith('https://eur-lex.europa.eu/eli/reg/2016/679/oj');
  });

  it('registers the backup and lifecycle handlers, with the backups folder under userData', async () => {
    await import('./main');
    await fake.ready();
    const channels = fake.module.ipcMain.handle.mock.calls.map((c) => c[0]);
    for (const channel of ['backup:write', 'backup:info', 'backup:open-folder', 'lifecycle:flushed']) {
      expect(channels).toContain(channel);
    }
    // The fake userData folder does not exist: no backups yet, and nothing is created just by asking.
    expect(await invoke('backup:info')).toEqual({ folder: '/home/dpo/userData/backups', files: [] });
    await expect(invoke('backup:write', { text: 'not a register', reason: 'manual' })).rejects.toThrow(
      /not a register file/,
    );
  });

  it('asks the page to flush before the window closes, and closes when it answers', async () => {
    await import('./main');
    await fake.ready();
    const [window] = FakeBrowserWindow.instances;
    if (!window) throw new Error('no window');
    window.close();
    expect(window.destroyed).toBe(false);
    expect(window.webContents.sent).toEqual([FLUSH_REQUEST_CHANNEL]);
    await invoke('lifecycle:flushed');
    expect(window.destroyed).toBe(true);
    expect(fake.module.app.quit).not.toHaveBeenCalled();
  });

  it('finishes a quit that waited for the flush', async () => {
    await import('./main');
    await fake.ready();
    const [window] = FakeBrowserWindow.instances;
    fake.module.app.emit('before-quit');
    window?.close();
    expect(fake.module.app.quit).not.toHaveBeenCalled();
    await invoke('lifecycle:flushed');
    expect(fake.module.app.quit).toHaveBeenCalled();
  });

  it('quits when another instance already holds the register', async () => {
    fake.module.app.requestSingleInstanceLock.mockReturnValue(false);
    await import('./main');
    expect(fake.module.app.quit).toHaveBeenCalled();
    await fake.ready();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });
});
