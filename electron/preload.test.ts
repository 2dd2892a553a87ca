import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_CHANNELS, FLUSH_REQUEST_CHANNEL, IPC_CHANNELS, type DesktopApi } from '../shared/ipc/channels';
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

  it('exposes one method per API channel, each on a declared channel', async () => {
    const api = await loadApi();
    expect(Object.keys(api).sort()).toEqual(Object.keys(API_CHANNELS).sort());
    for (const channel of Object.values(API_CHANNELS)) expect(Object.keys(IPC_CHANNELS)).toContain(channel);
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
});
