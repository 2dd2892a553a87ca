import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomicSync } from '../files/atomicWrite';
import { DEFAULT_BOUNDS, MIN_HEIGHT, MIN_WIDTH } from './windowOptions';
import {
  loadWindowState,
  readWindowState,
  rememberWindowState,
  restoreWindowState,
  WINDOW_STATE_FILE,
  writeWindowState,
  type Rect,
  type StatefulWindow,
} from './windowState';

const LAPTOP: Rect = { x: 0, y: 0, width: 1440, height: 870 };
const MONITOR_RIGHT: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };
const realFs = { readFileSync: (file: string, encoding: 'utf8') => readFileSync(file, encoding), writeFileAtomicSync };

let folders: string[] = [];
function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'ropa-window-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  folders = [];
});

describe('window state', () => {
  it('opens with the default size when nothing was saved', () => {
    expect(restoreWindowState(null, [LAPTOP])).toEqual({ bounds: DEFAULT_BOUNDS, maximized: false });
  });

  it('restores bounds that are still on a display', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1300, height: 900 }, maximized: true };
    expect(restoreWindowState(saved, [LAPTOP, MONITOR_RIGHT])).toEqual({ bounds: saved.bounds, maximized: true });
  });

  it('restores a window whose title bar is only partly on screen, if enough of it can be grabbed', () => {
    const saved = { bounds: { x: -1100, y: 40, width: 1200, height: 800 }, maximized: false };
    expect(restoreWindowState(saved, [LAPTOP]).bounds).toMatchObject({ x: -1100, y: 40 });
    const tooFar = { bounds: { x: -1150, y: 40, width: 1200, height: 800 }, maximized: false };
    expect(restoreWindowState(tooFar, [LAPTOP]).bounds).not.toHaveProperty('x');
  });

  it('does not restore a position on a display that is gone: keeps the size, the system centres it', () => {
    const saved = { bounds: { x: 2000, y: 200, width: 1300, height: 800 }, maximized: false };
    expect(restoreWindowState(saved, [LAPTOP])).toEqual({ bounds: { width: 1300, height: 800 }, maximized: false });
  });

  it('does not restore a window whose title bar is above the screen', () => {
    const saved = { bounds: { x: 100, y: -500, width: 1200, height: 800 }, maximized: false };
    expect(restoreWindowState(saved, [LAPTOP]).bounds).toEqual({ width: 1200, height: 800 });
  });

  it('shrinks a window larger than the display it is on, but not below the minimum the screen allows', () => {
    const saved = { bounds: { x: 10, y: 10, width: 2400, height: 1300 }, maximized: false };
    expect(restoreWindowState(saved, [LAPTOP]).bounds).toEqual({ x: 10, y: 10, width: 1440, height: 870 });
    const tiny = { bounds: { x: 10, y: 10, width: 300, height: 200 }, maximized: false };
    expect(restoreWindowState(tiny, [LAPTOP]).bounds).toEqual({ x: 10, y: 10, width: MIN_WIDTH, height: MIN_HEIGHT });
  });

  it('writes and reads the state file in userData, and ignores a damaged or foreign one', () => {
    const file = path.join(tempFolder(), WINDOW_STATE_FILE);
    expect(readWindowState(realFs, file)).toBeNull();
    expect(
      writeWindowState(realFs, file, { bounds: { x: 10.4, y: 20, width: 1000, height: 700.6 }, maximized: false }),
    ).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      version: 1,
      bounds: { x: 10, y: 20, width: 1000, height: 701 },
      maximized: false,
    });
    expect(loadWindowState({ fs: realFs, file, workAreas: [LAPTOP] })).toEqual({
      bounds: { x: 10, y: 20, width: 1000, height: 701 },
      maximized: false,
    });
    for (const text of [
      'not json',
      '{}',
      '{"version":2,"bounds":{"x":0,"y":0,"width":10,"height":10},"maximized":false}',
      '{"version":1,"bounds":{"x":"0"}}',
    ]) {
      writeFileAtomicSync(file, text);
      expect(readWindowState(realFs, file)).toBeNull();
    }
  });

  it('never fails the window over a state file that cannot be written', () => {
    const failing = {
      writeFileAtomicSync: () => {
        throw new Error('EROFS');
      },
    };
    expect(writeWindowState(failing, '/read-only/window-state.json', { bounds: LAPTOP, maximized: false })).toBe(false);
  });

  it('saves the normal bounds and the maximised flag when the window closes', () => {
    const file = path.join(tempFolder(), WINDOW_STATE_FILE);
    const listeners: (() => void)[] = [];
    const window: StatefulWindow = {
      on: (_event, listener) => listeners.push(listener),
      getNormalBounds: () => ({ x: 50, y: 60, width: 1100, height: 750 }),
      isMaximized: () => true,
    };
    rememberWindowState(window, { fs: realFs, file });
    expect(readWindowState(realFs, file)).toBeNull();
    for (const listener of listeners) listener();
    expect(readWindowState(realFs, file)).toEqual({
      bounds: { x: 50, y: 60, width: 1100, height: 750 },
      maximized: true,
    });
  });
});
