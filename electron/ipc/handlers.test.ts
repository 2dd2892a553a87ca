import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { z } from 'zod';
import {
  INVOKE_CHANNELS,
  IPC_CONTRACT,
  type BackupInfo,
  type DesktopApi,
  type InvokeChannel,
  type IpcHandlers,
  type OpenedFile,
} from '../../shared/ipc/channels';
import { createHandlers, MAX_OPEN_BYTES, registerIpcHandlers, type HandlerDeps } from './handlers';
import { isTrustedSender, registerContractHandlers } from './registerContract';

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

function setup() {
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) };
  const deps: HandlerDeps = {
    appInfo: { version: '0.1.0', platform: 'linux' },
    dialogs: {
      showSave: vi.fn(async () => '/home/dpo/Documents/register.ropa.json'),
      showOpen: vi.fn(async () => '/home/dpo/in.xlsx'),
    },
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
    showItemInFolder: vi.fn(),
    onFlushed: vi.fn(),
    setLanguage: vi.fn(),
    onRegisterOpened: vi.fn(),
    filterName: vi.fn((kind: string) => `${kind} files`),
    syncTokens: {
      save: vi.fn(async () => undefined),
      read: vi.fn(async () => 'the-token'),
      clear: vi.fn(async () => undefined),
    },
  };
  registerIpcHandlers(ipcMain as never, deps);
  const trusted = { senderFrame: { url: 'app://ropa/index.html', parent: null } };
  const call = (channel: InvokeChannel, event: unknown, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  };
  return { listeners, deps, trusted, call };
}

/**
 * Arguments of the wrong shape that must be refused before anything runs: for every channel one argument too many
 * (the argument tuples have no rest), and for these channels the shapes a careless or hostile page might send.
 */
function badArguments(channel: InvokeChannel, schema: z.ZodTuple): unknown[][] {
  const tooMany = Array.from({ length: schema.def.items.length + 1 }, () => ({}));
  return [tooMany, ...(SPECIFIC_BAD_ARGUMENTS[channel] ?? [])];
}

const SPECIFIC_BAD_ARGUMENTS: Partial<Record<InvokeChannel, unknown[][]>> = {
  'app:info': [['unexpected']],
  'file:save': [
    [],
    ['register.json'],
    [{ suggestedName: '../../etc/passwd', data: 'x' }],
    [{ suggestedName: 'a/b.json', data: 'x' }],
    [{ suggestedName: 'ok.json', data: 42 }],
    [{ suggestedName: 'ok.json', data: 'x', filters: [{ name: 'JSON', extensions: ['../sh'] }] }],
    [{ suggestedName: 'ok.json', data: 'x' }, 'extra'],
    [{ suggestedName: 'ok.json', data: 'x', kind: 'exe' }],
  ],
  'file:open': [
    [],
    [{ filters: 'all' }],
    [{ filters: [{ name: 'x', extensions: [] }] }],
    [{ filters: [] }, '/etc/passwd'],
    [{ filters: [], kind: 'passwords' }],
  ],
  'file:reveal-last-saved': [[], ['show'], ['/etc/passwd'], [{ path: '/etc/passwd' }], ['open', '/etc/passwd'], [true]],
  'app:set-language': [[], ['es'], ['EN'], ['nl-BE'], [{ language: 'nl' }], ['nl', 'fr']],
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
  'sync:token-save': [
    [],
    [{ url: 'https://git.example.org/r.git' }],
    [{ url: 'https://git.example.org/r.git', token: '' }],
    [{ url: 'file:///etc/passwd', token: 't' }],
    [{ url: 'http://git.example.org/r.git', token: 't' }],
    [{ url: 'https://user:pw@git.example.org/r.git', token: 't' }],
    [{ url: 'https://git.example.org/r.git', token: 't', file: '/etc/passwd' }],
  ],
  'sync:token-read': [[], [42], ['javascript:alert(1)'], ['/home/dpo/.config']],
  'sync:token-clear': [['https://git.example.org/r.git']],
};

describe('IPC handlers', () => {
  it("registers exactly the contract's invoke channels and the replies to its requests", () => {
    const { listeners } = setup();
    const handled = Object.values(IPC_CONTRACT).flatMap((spec) =>
      spec.kind === 'invoke' ? [spec.channel] : spec.kind === 'request' ? [spec.reply] : [],
    );
    expect([...listeners.keys()].sort()).toEqual(handled.sort());
  });

  for (const { channel, args: schema } of INVOKE_CHANNELS) {
    it(`${channel} refuses arguments of the wrong shape without touching dialogs or files`, async () => {
      const { deps, trusted, call } = setup();
      for (const args of badArguments(channel, schema)) {
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
      expect(deps.showItemInFolder).not.toHaveBeenCalled();
      expect(deps.onFlushed).not.toHaveBeenCalled();
      expect(deps.setLanguage).not.toHaveBeenCalled();
      expect(deps.onRegisterOpened).not.toHaveBeenCalled();
      expect(deps.syncTokens.save).not.toHaveBeenCalled();
      expect(deps.syncTokens.read).not.toHaveBeenCalled();
      expect(deps.syncTokens.clear).not.toHaveBeenCalled();
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

  it("passes the page's flush answer on to the window", async () => {
    const { deps, trusted, call } = setup();
    expect(await call('lifecycle:flushed', trusted)).toBeUndefined();
    expect(deps.onFlushed).toHaveBeenCalledTimes(1);
  });

  it("offers the kind's file type and extension when the page names a kind but no filters", async () => {
    const { deps, trusted, call } = setup();
    await call('file:save', trusted, {
      suggestedName: 'register-cm-2026-11-22',
      data: new Uint8Array([1]),
      kind: 'xlsx',
    });
    expect(deps.dialogs.showSave).toHaveBeenLastCalledWith('register-cm-2026-11-22.xlsx', [
      { name: 'xlsx files', extensions: ['xlsx'] },
    ]);
    await call('file:save', trusted, { suggestedName: 'register.json', data: '{}', kind: 'backup' });
    expect(deps.dialogs.showSave).toHaveBeenLastCalledWith('register.ropa.json', [
      { name: 'backup files', extensions: ['json'] },
    ]);
    // The page's own (translated) filters win; a name that has the extension keeps it.
    const filters = [{ name: 'Classeur Excel', extensions: ['xlsx'] }];
    await call('file:save', trusted, {
      suggestedName: 'registre.xlsx',
      data: new Uint8Array([1]),
      kind: 'xlsx',
      filters,
    });
    expect(deps.dialogs.showSave).toHaveBeenLastCalledWith('registre.xlsx', filters);
  });

  it('reveals only the file it saved itself, and nothing before a save', async () => {
    const { deps, trusted, call } = setup();
    expect(await call('file:reveal-last-saved', trusted, 'open')).toBe(false);
    expect(await call('file:reveal-last-saved', trusted, 'folder')).toBe(false);
    expect(deps.openPath).not.toHaveBeenCalled();
    expect(deps.showItemInFolder).not.toHaveBeenCalled();

    await call('file:save', trusted, { suggestedName: 'register.pdf', data: new Uint8Array([1]), kind: 'pdf' });
    expect(await call('file:reveal-last-saved', trusted, 'open')).toBe(true);
    expect(deps.openPath).toHaveBeenCalledWith('/home/dpo/Documents/register.ropa.json');
    expect(await call('file:reveal-last-saved', trusted, 'folder')).toBe(true);
    expect(deps.showItemInFolder).toHaveBeenCalledWith('/home/dpo/Documents/register.ropa.json');

    vi.mocked(deps.openPath).mockResolvedValueOnce('No application is associated');
    await expect(call('file:reveal-last-saved', trusted, 'open')).rejects.toThrow(
      /could not open register\.ropa\.json/,
    );
  });

  it('does not remember a cancelled save as the last one', async () => {
    const { deps, trusted, call } = setup();
    vi.mocked(deps.dialogs.showSave).mockResolvedValueOnce(undefined);
    await call('file:save', trusted, { suggestedName: 'a.pdf', data: '{}' });
    expect(await call('file:reveal-last-saved', trusted, 'open')).toBe(false);
  });

  it('lists a register opened through the dialog under recent files, not an import', async () => {
    const { deps, trusted, call } = setup();
    await call('file:open', trusted, { filters: [{ name: 'Excel', extensions: ['xlsx'] }], kind: 'import' });
    await call('file:open', trusted, { filters: [] });
    expect(deps.onRegisterOpened).not.toHaveBeenCalled();
    await call('file:open', trusted, { filters: [{ name: 'RoPA', extensions: ['json'] }], kind: 'register' });
    expect(deps.onRegisterOpened).toHaveBeenCalledWith('/home/dpo/in.xlsx');
  });

  it('refuses a file over the size limit without listing it', async () => {
    const { deps, trusted, call } = setup();
    vi.mocked(deps.files.readFile).mockResolvedValueOnce({ byteLength: MAX_OPEN_BYTES + 1 } as Uint8Array);
    await expect(call('file:open', trusted, { filters: [], kind: 'register' })).rejects.toThrow(/too large/);
    expect(deps.onRegisterOpened).not.toHaveBeenCalled();
  });

  it('passes the interface language on', async () => {
    const { deps, trusted, call } = setup();
    for (const language of ['nl', 'fr', 'en', 'de']) await call('app:set-language', trusted, language);
    expect(vi.mocked(deps.setLanguage).mock.calls).toEqual([['nl'], ['fr'], ['en'], ['de']]);
  });

  it('trusts only the top frame of app://ropa/', () => {
    expect(isTrustedSender({ senderFrame: { url: 'app://ropa/index.html', parent: null } } as never)).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'app://ropa.evil/index.html', parent: null } } as never)).toBe(false);
  });
});

describe('IPC handler types', () => {
  it('hands each handler the parsed arguments, defaults filled in and unknown keys dropped', async () => {
    const { deps, trusted } = setup();
    const listeners = new Map<string, Listener>();
    const ipcMain = { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) };
    const openFile = vi.fn<IpcHandlers['file:open']>(async () => null);
    registerContractHandlers(ipcMain as never, { ...createHandlers(deps), 'file:open': openFile });
    await listeners.get('file:open')?.(trusted, { kind: 'import', path: '/etc/passwd' });
    expect(openFile).toHaveBeenCalledWith({ filters: [], kind: 'import' });
    expectTypeOf<Parameters<IpcHandlers['file:open']>[0]['filters']>().toEqualTypeOf<
      { name: string; extensions: string[] }[]
    >();
  });

  it('does not compile a handler whose result or arguments differ from the contract', () => {
    // @ts-expect-error `backup:info` promises a BackupInfo, not a string.
    const wrongResult: IpcHandlers['backup:info'] = async () => 'the backups';
    // @ts-expect-error `file:open` promises an OpenedFile or null: one without its bytes is not one.
    const incompleteResult: IpcHandlers['file:open'] = async () => ({ name: 'in.xlsx' });
    // @ts-expect-error `app:set-language` receives a language code, not a number.
    const wrongArgument: IpcHandlers['app:set-language'] = async (language: number) => void language;
    // @ts-expect-error every invoke channel of the contract needs its handler.
    const missing: IpcHandlers = { 'app:info': async () => ({ version: '1', platform: 'linux' }) };
    expect([wrongResult, incompleteResult, wrongArgument, missing]).toHaveLength(4);
  });

  it('gives the page the same result types as the handlers', () => {
    expectTypeOf<ReturnType<DesktopApi['backupInfo']>>().toEqualTypeOf<Promise<BackupInfo>>();
    expectTypeOf<ReturnType<DesktopApi['openFile']>>().toEqualTypeOf<ReturnType<IpcHandlers['file:open']>>();
    expectTypeOf<Awaited<ReturnType<DesktopApi['openFile']>>>().toEqualTypeOf<OpenedFile | null>();
  });
});
