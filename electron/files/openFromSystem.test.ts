import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../shared/ipc/desktopApi';
import { MAX_OPEN_BYTES } from '../ipc/limits';
import { openRegisterFromDisk, registerFilesInArgv, type OpenFromDiskDeps } from './openFromSystem';

describe('register files from the command line', () => {
  it('takes .ropa.json arguments, not the executable, the app folder or switches', () => {
    expect(
      registerFilesInArgv(
        ['/opt/RoPA Desk/ropa-desk', '--no-sandbox', 'cm.ropa.json', '/data/Other.ROPA.JSON', 'notes.txt'],
        {
          isPackaged: true,
          cwd: '/home/dpo',
        },
      ),
    ).toEqual(['/home/dpo/cm.ropa.json', '/data/Other.ROPA.JSON']);
    expect(
      registerFilesInArgv(['/x/electron', '.', '--inspect=9229', 'a.ropa.json'], { isPackaged: false, cwd: '/w' }),
    ).toEqual(['/w/a.ropa.json']);
    expect(registerFilesInArgv(['/x/electron', 'x.ropa.json'], { isPackaged: false, cwd: '/w' })).toEqual([]);
    expect(registerFilesInArgv(['--evil.ropa.json'], { isPackaged: false, cwd: '/w' })).toEqual([]);
  });
});

function deps(overrides: Partial<OpenFromDiskDeps> = {}) {
  const sent: MenuCommand[] = [];
  const d = {
    stat: vi.fn(async (_file: string) => ({ size: 3, isFile: () => true })),
    readFile: vi.fn(async (_file: string) => new Uint8Array([1, 2, 3])),
    recents: { add: vi.fn(), remove: vi.fn() },
    onRecentsChanged: vi.fn(),
    send: vi.fn((command: MenuCommand) => void sent.push(command)),
    report: vi.fn(),
    ...overrides,
  };
  return { d, sent };
}

describe('opening a register file the main process knows', () => {
  it('reads it, sends its name and bytes to the page, and lists it first', async () => {
    const { d, sent } = deps();
    expect(await openRegisterFromDisk('/home/dpo/cm.ropa.json', 'recent', d)).toBe(true);
    expect(sent).toEqual([
      { name: 'open-file', via: 'recent', file: { name: 'cm.ropa.json', bytes: new Uint8Array([1, 2, 3]) } },
    ]);
    expect(d.recents.add).toHaveBeenCalledWith('/home/dpo/cm.ropa.json');
    expect(d.onRecentsChanged).toHaveBeenCalled();
    expect(d.report).not.toHaveBeenCalled();
  });

  it('drops a file that is gone from the recent files and says so', async () => {
    const { d, sent } = deps({
      stat: vi.fn(async () => {
        throw Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
      }),
    });
    expect(await openRegisterFromDisk('/home/dpo/gone.ropa.json', 'recent', d)).toBe(false);
    expect(sent).toEqual([]);
    expect(d.recents.remove).toHaveBeenCalledWith('/home/dpo/gone.ropa.json');
    expect(d.onRecentsChanged).toHaveBeenCalled();
    expect(d.report).toHaveBeenCalledWith({ kind: 'missing', name: 'gone.ropa.json' });
  });

  it('refuses a file that is too large or not a file, unread', async () => {
    const big = deps({ stat: vi.fn(async () => ({ size: MAX_OPEN_BYTES + 1, isFile: () => true })) });
    expect(await openRegisterFromDisk('/x/big.ropa.json', 'system', big.d)).toBe(false);
    expect(big.d.readFile).not.toHaveBeenCalled();
    expect(big.d.report).toHaveBeenCalledWith({ kind: 'unreadable', name: 'big.ropa.json', reason: 'file too large' });
    const folder = deps({ stat: vi.fn(async () => ({ size: 0, isFile: () => false })) });
    expect(await openRegisterFromDisk('/x/dir.ropa.json', 'system', folder.d)).toBe(false);
    expect(folder.d.readFile).not.toHaveBeenCalled();
  });

  it('reports a read error without touching the list', async () => {
    const { d } = deps({
      readFile: vi.fn(async () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      }),
    });
    expect(await openRegisterFromDisk('/x/locked.ropa.json', 'system', d)).toBe(false);
    expect(d.recents.remove).not.toHaveBeenCalled();
    expect(d.recents.add).not.toHaveBeenCalled();
    expect(d.report).toHaveBeenCalledWith({
      kind: 'unreadable',
      name: 'locked.ropa.json',
      reason: 'EACCES: permission denied',
    });
  });
});
