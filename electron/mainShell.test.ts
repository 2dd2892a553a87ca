/**
 * The desktop shell around the page, wired in main.ts: the menu and its language, menu commands to the page,
 * recent files, files opened from the system, the remembered window bounds, save dialogs and revealing a saved
 * file. Electron is the fake of test/fakeElectron.ts; files are real, in a temporary userData folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/ipc/desktopApi';
import { GDPR_TEXT_URL } from './menu/menuTemplate';
import { APP_START_URL } from './protocol/appProtocol';
import { createFakeElectron, FakeBrowserWindow, type FakeElectronOptions, type FakeMenu } from './test/fakeElectron';

let fake = createFakeElectron();
let folder = '';
let userData = '';

const trustedEvent = { senderFrame: { url: 'app://ropa/index.html', parent: null } };

function invoke(channel: string, ...args: unknown[]): Promise<unknown> {
  const registration = fake.module.ipcMain.handle.mock.calls.find((c) => c[0] === channel);
  if (!registration) throw new Error(`no handler for ${channel}`);
  const listener = registration[1] as (event: unknown, ...args: unknown[]) => Promise<unknown>;
  return listener(trustedEvent, ...args);
}

async function start(options: FakeElectronOptions = {}): Promise<FakeBrowserWindow> {
  fake = createFakeElectron({
    paths: { userData, documents: path.join(folder, 'Documents'), appData: folder },
    ...options,
  });
  const current = fake.module;
  vi.doMock('electron', () => current);
  await import('./main');
  await fake.ready();
  const [window] = FakeBrowserWindow.instances;
  if (!window) throw new Error('no window');
  return window;
}

/** The application menu main.ts set last. */
function currentMenu(): MenuItemConstructorOptions[] {
  const menu = fake.module.Menu.setApplicationMenu.mock.calls.at(-1)?.[0] as FakeMenu | undefined;
  if (!menu) throw new Error('no application menu');
  return menu.template;
}

function menuItem(id: string): MenuItemConstructorOptions {
  const all = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? all(item.submenu) : [])]);
  const found = all(currentMenu()).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

function click(id: string): void {
  (menuItem(id).click as () => void)();
}

function commandsSent(window: FakeBrowserWindow): MenuCommand[] {
  return window.webContents.messages
    .filter((m) => m.channel === MENU_COMMAND_CHANNEL)
    .map((m) => m.args[0] as MenuCommand);
}

function registerFile(name: string, text = '{"format":"ropa-register"}'): string {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
}

describe('desktop shell', () => {
  const argv = [...process.argv];
  beforeEach(() => {
    vi.resetModules();
    folder = mkdtempSync(path.join(tmpdir(), 'ropa-shell-'));
    userData = path.join(folder, 'RoPA Desk');
    mkdirSync(userData);
  });
  afterEach(() => {
    process.argv.splice(0, process.argv.length, ...argv);
    delete process.env['VITE_DEV_SERVER_URL'];
    delete process.env['ELECTRON_RENDERER_URL'];
    rmSync(folder, { recursive: true, force: true });
  });

  it('builds the menu in the system language, then in the language the page sets', async () => {
    await start({ locale: 'fr-BE' });
    expect(menuItem('file').label).toBe('&Fichier');
    await invoke('app:set-language', 'nl');
    expect(menuItem('file').label).toBe('&Bestand');
    expect(menuItem('file.export-pdf').label).toBe('Exporteren naar pdf…');
    await invoke('app:set-language', 'de');
    expect(menuItem('file').label).toBe('&Datei');
    await expect(invoke('app:set-language', 'es')).rejects.toThrow(/invalid arguments/);
    expect(menuItem('file').label).toBe('&Datei');
  });

  it('offers reload only when not packaged', async () => {
    await start({ isPackaged: false });
    expect(() => menuItem('view.reload')).not.toThrow();
    vi.resetModules();
    FakeBrowserWindow.instances = [];
    await start({ isPackaged: true });
    expect(() => menuItem('view.reload')).toThrow(/no menu item/);
  });

  it('sends File commands to the page, waiting for it to load when it is still loading', async () => {
    const window = await start();
    click('file.export-pdf');
    expect(commandsSent(window)).toEqual([{ name: 'export-pdf' }]);
    window.webContents.loading = true;
    click('file.new-activity');
    expect(commandsSent(window)).toEqual([{ name: 'export-pdf' }]);
    window.webContents.loading = false;
    window.webContents.emit('did-finish-load');
    expect(commandsSent(window)).toEqual([{ name: 'export-pdf' }, { name: 'new-activity' }]);
  });

  it('opens a new window for a command when there is none (macOS keeps running without one)', async () => {
    const window = await start();
    window.destroyed = true;
    click('file.import');
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    expect(commandsSent(FakeBrowserWindow.instances[1] as FakeBrowserWindow)).toEqual([{ name: 'import' }]);
  });

  it('opens help links in the system browser and shows About with the version', async () => {
    await start();
    click('help.gdpr');
    expect(fake.module.shell.openExternal).toHaveBeenCalledWith(GDPR_TEXT_URL);
    click('help.about');
    await vi.waitFor(() => expect(fake.module.dialog.showMessageBox).toHaveBeenCalled());
    const [, options] = fake.module.dialog.showMessageBox.mock.calls.at(-1) as [
      unknown,
      { message: string; detail: string },
    ];
    expect(options.message).toBe('RoPA Desk');
    expect(options.detail).toContain('0.1.0');
  });

  it('lists a register opened through the dialog under Recent files, and reopens it from there', async () => {
    const window = await start();
    const file = registerFile('cm.ropa.json');
    fake.module.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    expect(menuItem('file.recent.none').enabled).toBe(false);
    const opened = await invoke('file:open', { filters: [{ name: 'RoPA', extensions: ['json'] }], kind: 'register' });
    expect(opened).toMatchObject({ name: 'cm.ropa.json' });
    expect(menuItem('file.recent.0').label).toBe('cm.ropa.json');
    // The list survives a restart; the path is in userData, never sent to the page.
    expect(JSON.parse(readFileSync(path.join(userData, 'recent-files.json'), 'utf8')).files).toEqual([file]);

    click('file.recent.0');
    await vi.waitFor(() => expect(commandsSent(window)).toHaveLength(1));
    const [command] = commandsSent(window);
    expect(command).toEqual({
      name: 'open-file',
      via: 'recent',
      file: { name: 'cm.ropa.json', bytes: new Uint8Array(readFileSync(file)) },
    });
    expect(JSON.stringify(window.webContents.messages)).not.toContain(folder);
  });

  it('drops a recent file that has gone, and tells the user', async () => {
    const window = await start();
    const file = registerFile('gone.ropa.json');
    fake.module.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    await invoke('file:open', { filters: [], kind: 'register' });
    rmSync(file);
    click('file.recent.0');
    await vi.waitFor(() => expect(fake.module.dialog.showMessageBox).toHaveBeenCalled());
    expect(commandsSent(window)).toEqual([]);
    expect(menuItem('file.recent.none')).toBeDefined();
    const [, options] = fake.module.dialog.showMessageBox.mock.calls.at(-1) as [unknown, { message: string }];
    expect(options.message).toContain('gone.ropa.json');
  });

  it('opens a register file named on the command line once the page has loaded', async () => {
    const file = registerFile('from-os.ropa.json');
    process.argv.push(file);
    const window = await start();
    await vi.waitFor(() => expect(commandsSent(window)).toHaveLength(1));
    expect(commandsSent(window)).toEqual([
      { name: 'open-file', via: 'system', file: { name: 'from-os.ropa.json', bytes: expect.any(Uint8Array) } },
    ]);
    expect(menuItem('file.recent.0').label).toBe('from-os.ropa.json');
  });

  it('opens a register file a second instance was started with, and one macOS hands over', async () => {
    const window = await start();
    const first = registerFile('second.ropa.json');
    const second = registerFile('mac.ropa.json');
    fake.module.app.emit('second-instance', {}, ['/opt/ropa-desk', '.', 'second.ropa.json', '--flag'], folder);
    let prevented = false;
    fake.module.app.emit('open-file', { preventDefault: () => (prevented = true) }, second);
    await vi.waitFor(() => expect(commandsSent(window)).toHaveLength(2));
    expect(prevented).toBe(true);
    expect(
      commandsSent(window)
        .map((c) => (c.name === 'open-file' ? c.file.name : c.name))
        .sort(),
    ).toEqual(['mac.ropa.json', 'second.ropa.json']);
    expect(menuItem('file.recent.0').label).toMatch(/^(mac|second)\.ropa\.json$/);
    expect(first).toBe(path.join(folder, 'second.ropa.json'));
  });

  it('restores the window where it was, and saves its bounds when it closes', async () => {
    writeFileSync(
      path.join(userData, 'window-state.json'),
      JSON.stringify({ version: 1, bounds: { x: 100, y: 50, width: 1100, height: 760 }, maximized: false }),
    );
    const window = await start();
    expect([window.options['x'], window.options['y'], window.options['width'], window.options['height']]).toEqual([
      100, 50, 1100, 760,
    ]);
    window.getNormalBounds = () => ({ x: 200, y: 80, width: 1000, height: 700 });
    window.close();
    expect(JSON.parse(readFileSync(path.join(userData, 'window-state.json'), 'utf8'))).toEqual({
      version: 1,
      bounds: { x: 200, y: 80, width: 1000, height: 700 },
      maximized: false,
    });
  });

  it('does not restore the window onto a display that is gone', async () => {
    writeFileSync(
      path.join(userData, 'window-state.json'),
      JSON.stringify({ version: 1, bounds: { x: 3000, y: 50, width: 1100, height: 760 }, maximized: false }),
    );
    const window = await start({ workAreas: [{ x: 0, y: 0, width: 1440, height: 870 }] });
    expect(window.options['x']).toBeUndefined();
    expect([window.options['width'], window.options['height']]).toEqual([1100, 760]);
  });

  it('always serves the page from app://, also unpackaged with a dev-server variable set', async () => {
    process.env['VITE_DEV_SERVER_URL'] = 'http://127.0.0.1:5173/';
    process.env['ELECTRON_RENDERER_URL'] = 'http://127.0.0.1:5173/';
    const window = await start({ isPackaged: false });
    expect(window.loadedUrl).toBe(APP_START_URL);
  });

  it('saves with a default name in Documents, then in the last folder used, and reveals only that file', async () => {
    await start();
    const exports = path.join(folder, 'exports');
    mkdirSync(exports);
    const target = path.join(exports, 'register-cm-2026-11-22.xlsx');
    fake.module.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await invoke('file:reveal-last-saved', 'folder')).toBe(false);
    const result = await invoke('file:save', {
      suggestedName: 'register-cm-2026-11-22',
      data: new Uint8Array([80, 75]),
      kind: 'xlsx',
    });
    expect(result).toEqual({ saved: true, fileName: 'register-cm-2026-11-22.xlsx' });
    expect(existsSync(target)).toBe(true);
    const [, firstOptions] = fake.module.dialog.showSaveDialog.mock.calls[0] as [
      unknown,
      { defaultPath: string; filters: unknown },
    ];
    expect(firstOptions.defaultPath).toBe(path.join(folder, 'Documents', 'register-cm-2026-11-22.xlsx'));
    expect(firstOptions.filters).toEqual([{ name: 'Excel workbook', extensions: ['xlsx'] }]);

    expect(await invoke('file:reveal-last-saved', 'folder')).toBe(true);
    expect(fake.module.shell.showItemInFolder).toHaveBeenCalledWith(target);
    expect(await invoke('file:reveal-last-saved', 'open')).toBe(true);
    expect(fake.module.shell.openPath).toHaveBeenCalledWith(target);

    await invoke('file:save', { suggestedName: 'register.pdf', data: new Uint8Array([37]), kind: 'pdf' });
    const [, secondOptions] = fake.module.dialog.showSaveDialog.mock.calls[1] as [unknown, { defaultPath: string }];
    expect(secondOptions.defaultPath).toBe(path.join(exports, 'register.pdf'));
  });
});
