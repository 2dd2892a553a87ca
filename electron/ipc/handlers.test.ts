import { describe, expect, it, vi } from 'vitest';
import { API_CHANNELS, IPC_CHANNELS, type IpcChannel } from '../../shared/ipc/channels';
import { isTrustedSender, registerIpcHandlers, type HandlerDeps } from './handlers';

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

function setup() {
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) };
  const deps: HandlerDeps = {
    appInfo: { version: '0.1.0', platform: 'linux' },
    dialogs: { showSave: vi.fn(async () => '/home/dpo/Documents/register.ropa.json'), showOpen: vi.fn(async () => '/home/dpo/in.xlsx') },
    files: { writeFileAtomic: vi.fn(async () => undefined), readFile: vi.fn(async () => new Uint8Array([1, 2, 3])) },
    backups: {
      folder: '/home/dpo/.config/RoPA Desk/backups',
      ensureFolder: vi.fn(async () => undefined),
      write: vi.fn(async () => ({
        fileName: 'register-2026-11-22T08-00-00-000Z.ropa.json',
        folder: '/home/dpo/.config/RoPA Desk/backups',
      })),
      list: vi.fn(async () => [
        { fileName: 'register-2026-11-22T08-00-00-000Z.ropa.json', savedAt: '2026-11-22T08:00:00.000Z', bytes: 512 },
      ]),
    },
    openPath: vi.fn(async () => ''),
    onFlushed: vi.fn(),
  };
  registerIpcHandlers(ipcMain as never, deps);
  const trusted = { senderFrame: { url: 'app://ropa/index.html', parent: null } };
  const call = (channel: IpcChannel, event: unknown, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  };
  return { listeners, deps, trusted, call };
}

/** For each channel: arguments of the wrong shape that must be refused before anything runs. */
const BAD_ARGUMENTS: Record<IpcChannel, unknown[][]> = {
  'app:info': [['unexpected']],
  'file:save': [
    [],
    ['register.json'],
    [{ suggestedName: '../../etc/passwd', data: 'x' }],
    [{ suggestedName: 'a/b.json', data: 'x' }],
    [{ suggestedName: 'ok.json', data: 42 }],
    [{ suggestedName: 'ok.json', data: 'x', filters: [{ name: 'JSON', extensions: ['../sh'] }] }],
    [{ suggestedName: 'ok.json', data: 'x' }, 'extra'],
  ],
  'file:open': [[], [{ filters: 'all' }], [{ filters: [{ name: 'x', extensions: [] }] }], [{ filters: [] }, '/etc/passwd']],
  'backup:write': [
    [],
    ['{"format":"ropa-register"}'],
    [{ text: '{}' }],
    [{ text: '{}', reason: 'because' }],
    [{ text: 42, reason: 'manual' }],
    [{ text: '', reason: 'manual' }],
    [{ text: '{}', reason: 'manual', folder: '/etc' }],
    [{ text: '{}', reason: 'manual', fileName: '../../.bashrc' }],
    [{ text: '{}', reason: 'manual' }, 'extra'],
  ],
  'backup:info': [['unexpected'], [{ folder: '/etc' }]],
  'backup:open-folder': [['/etc'], [{ folder: '/' }], [undefined]],
  'lifecycle:flushed': [['now'], [true]],
};

describe('IPC handlers', () => {
  it('registers exactly the declared channels, and the preload API uses only those', () => {
    const { listeners } = setup();
    expect([...listeners.keys()].sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    for (const channel of Object.values(API_CHANNELS)) expect(Object.keys(IPC_CHANNELS)).toContain(channel);
  });

  for (const channel of Object.keys(IPC_CHANNELS) as IpcChannel[]) {
    it(`${channel} refuses arguments of the wrong shape without touching dialogs or files`, async () => {
      const { deps, trusted, call } = setup();
      for (const args of BAD_ARGUMENTS[channel]) {
        await expect(call(channel, trusted, ...args)).rejects.toThrow(/invalid arguments/);
      }
      expect(deps.dialogs.showSave).not.toHaveBeenCalled();
      expect(deps.dialogs.showOpen).not.toHaveBeenCalled();
      expect(deps.files.writeFileAtomic).not.toHaveBeenCalled();
      expect(deps.files.readFile).not.toHaveBeenCalled();
      expect(deps.backups.ensureFolder).not.toHaveBeenCalled();
      expect(deps.backups.write).not.toHaveBeenCalled();
      expect(deps.backups.list).not.toHaveBeenCalled();
      expect(deps.openPath).not.toHaveBeenCalled();
      expect(deps.onFlushed).not.toHaveBeenCalled();
    });

    it(`${channel} has bad-argument cases`, () => {
      expect(BAD_ARGUMENTS[channel].length).toBeGreaterThan(0);
    });

    it(`${channel} refuses a call from a page that is not ours`, async () => {
      const { call } = setup();
      for (const event of [
        { senderFrame: { url: 'https://evil.example/', parent: null } },
        { senderFrame: { url: 'app://ropa/index.html', parent: {} } },
        { senderFrame: null },
      ]) {
        await expect(call(channel, event, { suggestedName: 'a.json', data: 'x' })).rejects.toThrow(/untrusted sender/);
      }
    });
  }

  it('saves through the dialog and reports only the file name', async () => {
    const { deps, trusted, call } = setup();
    const result = await call('file:save', trusted, { suggestedName: 'register-cm-2026-11-22.ropa.json', data: '{}' });
    expect(result).toEqual({ saved: true, fileName: 'register.ropa.json' });
    expect(deps.dialogs.showSave).toHaveBeenCalledWith('register-cm-2026-11-22.ropa.json', []);
    expect(deps.files.writeFileAtomic).toHaveBeenCalledWith('/home/dpo/Documents/register.ropa.json', '{}');
  });

  it('writes nothing when the user cancels the save dialog', async () => {
    const { deps, trusted, call } = setup();
    vi.mocked(deps.dialogs.showSave).mockResolvedValueOnce(undefined);
    expect(await call('file:save', trusted, { suggestedName: 'a.json', data: '{}' })).toEqual({ saved: false });
    expect(deps.files.writeFileAtomic).not.toHaveBeenCalled();
  });

  it('opens the file the user picked', async () => {
    const { trusted, call } = setup();
    expect(await call('file:open', trusted, { filters: [{ name: 'Excel', extensions: ['xlsx'] }] })).toEqual({
      name: 'in.xlsx',
      bytes: new Uint8Array([1, 2, 3]),
    });
  });

  it('writes a backup with the text and reason, and tells where it went', async () => {
    const { deps, trusted, call } = setup();
    expect(await call('backup:write', trusted, { text: '{"format":"ropa-register"}', reason: 'quit' })).toEqual({
      fileName: 'register-2026-11-22T08-00-00-000Z.ropa.json',
      folder: '/home/dpo/.config/RoPA Desk/backups',
    });
    expect(deps.backups.write).toHaveBeenCalledWith('{"format":"ropa-register"}', 'quit');
    expect(deps.files.writeFileAtomic).not.toHaveBeenCalled();
  });

  it('passes a refused backup on to the page as an error', async () => {
    const { deps, trusted, call } = setup();
    vi.mocked(deps.backups.write).mockRejectedValueOnce(new Error('not a register file'));
    await expect(call('backup:write', trusted, { text: 'nonsense', reason: 'change' })).rejects.toThrow(
      /not a register file/,
    );
  });

  it('reports the backups folder and its backups', async () => {
    const { trusted, call } = setup();
    expect(await call('backup:info', trusted)).toEqual({
      folder: '/home/dpo/.config/RoPA Desk/backups',
      files: [
        { fileName: 'register-2026-11-22T08-00-00-000Z.ropa.json', savedAt: '2026-11-22T08:00:00.000Z', bytes: 512 },
      ],
    });
  });

  it('opens the backups folder, never a path from the page, and reports when the system cannot', async () => {
    const { deps, trusted, call } = setup();
    expect(await call('backup:open-folder', trusted)).toBeUndefined();
    expect(deps.backups.ensureFolder).toHaveBeenCalled();
    expect(deps.openPath).toHaveBeenCalledWith('/home/dpo/.config/RoPA Desk/backups');
    vi.mocked(deps.openPath).mockResolvedValueOnce('No application is associated');
    await expect(call('backup:open-folder', trusted)).rejects.toThrow(/could not open the backups folder/);
  });

  it('passes the page\'s flush answer on to the window', async () => {
    const { deps, trusted, call } = setup();
    expect(await call('lifecycle:flushed', trusted)).toBeUndefined();
    expect(deps.onFlushed).toHaveBeenCalledTimes(1);
  });

  it('trusts only the top frame of app://ropa/', () => {
    expect(isTrustedSender({ senderFrame: { url: 'app://ropa/index.html', parent: null } } as never)).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'app://ropa.evil/index.html', parent: null } } as never)).toBe(false);
  });
});
