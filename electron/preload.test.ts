import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FLUSH_REQUEST_CHANNEL,
  INVOKE_CHANNELS,
  IPC_CONTRACT,
  MENU_COMMAND_CHANNEL,
  type DesktopApi,
  type MenuCommand,
} from '../shared/ipc/channels';
import { createFakePreloadElectron } from './test/fakeElectron';

let fake = createFakePreloadElectron();

async function loadApi(): Promise<DesktopApi> {
  await import('./preload');
  return fake.exposed['ropaDesk'] as DesktopApi;
}

/** Lets the preload's promise chains run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('preload', () => {
  beforeEach(() => {
    vi.resetModules();
    fake = createFakePreloadElectron();
    const current = fake.module;
    vi.doMock('electron', () => current);
  });

  it("exposes exactly the contract's methods, each bound to its own channel and to no other", async () => {
    const api = await loadApi();
    expect(Object.keys(api).sort()).toEqual(Object.keys(IPC_CONTRACT).sort());

    const methodsOfApi = api as unknown as Record<string, (...args: unknown[]) => unknown>;
    const reached: string[] = [];
    for (const [name, spec] of Object.entries(IPC_CONTRACT)) {
      const method = methodsOfApi[name];
      if (!method) throw new Error(`no method ${name}`);
      fake.ipcRenderer.invoke.mockClear();
      if (spec.kind === 'invoke') {
        await method('probe');
        expect(fake.ipcRenderer.invoke.mock.calls).toEqual([[spec.channel, 'probe']]);
      } else if (spec.kind === 'event') {
        expect(fake.ipcRenderer.listenerCount(spec.channel)).toBe(1);
      } else {
        method(async () => undefined);
        fake.ipcRenderer.emit(spec.channel, {});
        await settle();
        expect(fake.ipcRenderer.invoke.mock.calls).toEqual([[spec.reply]]);
        reached.push(spec.reply);
      }
      reached.push(spec.channel);
    }
    // The preload invokes exactly the channels the main process handles, and listens on none outside the contract.
    const invoked = reached.filter((channel) => INVOKE_CHANNELS.some((c) => c.channel === channel));
    expect(invoked.sort()).toEqual(INVOKE_CHANNELS.map((c) => c.channel).sort());
    for (const channel of fake.ipcRenderer.eventNames()) expect(reached).toContain(channel);
  });

  it('forwards the backup calls to their channels', async () => {
    const api = await loadApi();
    await api.backupWrite({ text: '{}', reason: 'manual' });
    await api.backupInfo();
    await api.openBackupFolder();
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([
      ['backup:write', { text: '{}', reason: 'manual' }],
      ['backup:info'],
      ['backup:open-folder'],
    ]);
  });

  it('runs the flush callback when asked, then answers on lifecycle:flushed', async () => {
    const api = await loadApi();
    const order: string[] = [];
    let finish: () => void = () => undefined;
    api.onFlushRequest(
      () =>
        new Promise<void>((resolve) => {
          order.push('flush started');
          finish = () => {
            order.push('flush done');
            resolve();
          };
        }),
    );
    fake.ipcRenderer.invoke.mockImplementation(async (channel: string) => void order.push(channel));
    fake.ipcRenderer.emit(FLUSH_REQUEST_CHANNEL, {});
    await settle();
    expect(order).toEqual(['flush started']);
    finish();
    await settle();
    expect(order).toEqual(['flush started', 'flush done', 'lifecycle:flushed']);
  });

  it('answers even when the flush fails', async () => {
    const api = await loadApi();
    api.onFlushRequest(async () => {
      throw new Error('disk full');
    });
    fake.ipcRenderer.emit(FLUSH_REQUEST_CHANNEL, {});
    await settle();
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('lifecycle:flushed');
  });

  it('listens once: a second registration replaces the callback', async () => {
    const api = await loadApi();
    const first = vi.fn(async () => undefined);
    const second = vi.fn(async () => undefined);
    api.onFlushRequest(first);
    api.onFlushRequest(second);
    expect(fake.ipcRenderer.listenerCount(FLUSH_REQUEST_CHANNEL)).toBe(1);
    fake.ipcRenderer.emit(FLUSH_REQUEST_CHANNEL, {});
    await settle();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledWith();
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([['lifecycle:flushed']]);
  });

  it('forwards the language and reveal calls to their channels', async () => {
    const api = await loadApi();
    await api.setLanguage('fr');
    await api.revealLastSaved('folder');
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([
      ['app:set-language', 'fr'],
      ['file:reveal-last-saved', 'folder'],
    ]);
  });

  it('hands menu commands to the page, without the IPC event', async () => {
    const api = await loadApi();
    const received: unknown[][] = [];
    api.onMenuCommand((...args) => received.push(args));
    const file: MenuCommand = {
      name: 'open-file',
      via: 'recent',
      file: { name: 'cm.ropa.json', bytes: new Uint8Array([1]) },
    };
    fake.ipcRenderer.emit(MENU_COMMAND_CHANNEL, { sender: 'ipc event' }, { name: 'export-pdf' });
    fake.ipcRenderer.emit(MENU_COMMAND_CHANNEL, { sender: 'ipc event' }, file);
    expect(received).toEqual([[{ name: 'export-pdf' }], [file]]);
  });

  it('keeps commands that arrive before the page listens, and delivers them to the first callback', async () => {
    const api = await loadApi();
    expect(fake.ipcRenderer.listenerCount(MENU_COMMAND_CHANNEL)).toBe(1);
    fake.ipcRenderer.emit(MENU_COMMAND_CHANNEL, {}, { name: 'new-activity' });
    fake.ipcRenderer.emit(MENU_COMMAND_CHANNEL, {}, { name: 'import' });
    const callback = vi.fn();
    api.onMenuCommand(callback);
    expect(callback.mock.calls).toEqual([[{ name: 'new-activity' }], [{ name: 'import' }]]);
    const later = vi.fn();
    api.onMenuCommand(later);
    expect(later).not.toHaveBeenCalled();
  });

  it('keeps at most a bounded number of early commands', async () => {
    const { MAX_PENDING_EVENTS } = await import('./preload');
    const api = await loadApi();
    for (let i = 0; i < MAX_PENDING_EVENTS + 5; i++)
      fake.ipcRenderer.emit(MENU_COMMAND_CHANNEL, {}, { name: 'new-activity' });
    const callback = vi.fn();
    api.onMenuCommand(callback);
    expect(callback).toHaveBeenCalledTimes(MAX_PENDING_EVENTS);
  });

  it('replaces the callback on a second registration, and unregisters only the current one', async () => {
    const api = await loadApi();
    const first = vi.fn();
    const second = vi.fn();
    const unregisterFirst = api.onMenuCommand(first);
    const unregisterSecond = api.onMenuCommand(second);
    unregisterFirst();
    fake.ipcRenderer.emit(MENU_COMMAND_CHANNEL, {}, { name: 'save-backup' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith({ name: 'save-backup' });
    unregisterSecond();
    fake.ipcRenderer.emit(MENU_COMMAND_CHANNEL, {}, { name: 'export-xlsx' });
    expect(second).toHaveBeenCalledTimes(1);
    expect(fake.ipcRenderer.listenerCount(MENU_COMMAND_CHANNEL)).toBe(1);
  });

  it("ignores a menu message that does not match the contract's payload, and survives a failing callback", async () => {
    const api = await loadApi();
    const callback = vi.fn((command: MenuCommand) => {
      if (command.name === 'import') throw new Error('page bug');
    });
    api.onMenuCommand(callback);
    fake.ipcRenderer.emit(MENU_COMMAND_CHANNEL, {}, 'new-activity');
    fake.ipcRenderer.emit(MENU_COMMAND_CHANNEL, {}, null);
    fake.ipcRenderer.emit(MENU_COMMAND_CHANNEL, {}, { name: 'format-disk' });
    fake.ipcRenderer.emit(
      MENU_COMMAND_CHANNEL,
      {},
      { name: 'open-file', via: 'recent', file: { name: 'a', bytes: 'x' } },
    );
    fake.ipcRenderer.emit(
      MENU_COMMAND_CHANNEL,
      {},
      { name: 'open-file', via: 'mail', file: { name: 'a', bytes: new Uint8Array() } },
    );
    fake.ipcRenderer.emit(MENU_COMMAND_CHANNEL, {}, { name: 'import' });
    fake.ipcRenderer.emit(MENU_COMMAND_CHANNEL, {}, { name: 'export-pdf' });
    expect(callback.mock.calls).toEqual([[{ name: 'import' }], [{ name: 'export-pdf' }]]);
  });
});
