// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CONTRACT, type DesktopApi } from '../../shared/ipc/channels';
import { electronPlatform } from './electronPlatform';

type Method = (...args: unknown[]) => unknown;

/** A stand-in for `window.ropaDesk`: one mock per method of the IPC contract, as the preload exposes them. */
function fakeDesktopApi(results: Partial<Record<keyof DesktopApi, unknown>> = {}) {
  const methods: Record<string, ReturnType<typeof vi.fn<Method>>> = {};
  for (const [name, spec] of Object.entries(IPC_CONTRACT)) {
    const result = results[name as keyof DesktopApi];
    methods[name] = vi.fn<Method>(() => (spec.kind === 'invoke' ? Promise.resolve(result) : result));
  }
  // The same method set DesktopApi is derived from; the mocks stand in for the preload's functions.
  return { api: methods as unknown as DesktopApi, methods };
}

describe('electron platform', () => {
  beforeEach(() => localStorage.clear());

  it('forwards every method of the desktop API to the preload, with its arguments and result', async () => {
    const { api, methods } = fakeDesktopApi();
    const platform = electronPlatform(api) as unknown as Record<string, Method>;
    expect(Object.keys(methods).sort()).toEqual(Object.keys(IPC_CONTRACT).sort());
    for (const [name, method] of Object.entries(methods)) {
      method.mockReturnValueOnce(`${name} result`);
      const argument = name === 'backupWrite' ? { text: '{}', reason: 'change' } : `${name} argument`;
      const result = platform[name]?.(argument);
      expect(method).toHaveBeenCalledWith(argument);
      expect(await result).toBe(`${name} result`);
    }
  });

  it('remembers manual backups, not automatic ones', async () => {
    const { api } = fakeDesktopApi({ backupWrite: { fileName: 'register-x.ropa.json', folder: '/backups' } });
    const platform = electronPlatform(api);
    expect(platform.supportsAutomaticBackups).toBe(true);
    expect(platform.canRevealSavedFiles).toBe(true);
    await platform.backupWrite({ text: '{}', reason: 'change' });
    expect(platform.lastManualBackupAt()).toBeNull();
    expect(await platform.backupWrite({ text: '{}', reason: 'manual' })).toEqual({
      fileName: 'register-x.ropa.json',
      folder: '/backups',
    });
    expect(platform.lastManualBackupAt()).not.toBeNull();
  });

  it('passes the unregister function of a menu callback back to the page', () => {
    const unsubscribe = vi.fn();
    const { api, methods } = fakeDesktopApi({ onMenuCommand: unsubscribe });
    const callback = vi.fn();
    electronPlatform(api).onMenuCommand(callback)();
    expect(methods['onMenuCommand']).toHaveBeenCalledWith(callback);
    expect(unsubscribe).toHaveBeenCalled();
  });
});
