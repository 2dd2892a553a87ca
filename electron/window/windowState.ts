/**
 * Remembers the main window's size and position in a small JSON file in userData (`window-state.json`) and restores
 * them at the next start, but only where the window would still be reachable: its title bar must lie on a display
 * that is there now (a laptop undocked from its second screen gets the window back on the screen it has).
 * Takes the file system and the displays' work areas as parameters, so it is tested in plain Node.
 */
import { z } from 'zod';
import { DEFAULT_BOUNDS, MIN_HEIGHT, MIN_WIDTH, type WindowBounds } from './windowOptions';

export const WINDOW_STATE_FILE = 'window-state.json';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export interface WindowStateFileSystem {
  readFileSync(file: string, encoding: 'utf8'): string;
  writeFileAtomicSync(file: string, data: string): void;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const extent = z.number().int().min(1).max(100_000);
const windowStateSchema = z.object({
  version: z.literal(1),
  bounds: z.object({ x: coordinate, y: coordinate, width: extent, height: extent }),
  maximized: z.boolean(),
});

/** How much of the title bar must be on a display for the window to be reachable with the mouse. */
const TITLE_BAR_HEIGHT = 32;
const MIN_VISIBLE_WIDTH = 100;
const MIN_VISIBLE_HEIGHT = 16;

function intersection(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** The work area that holds enough of the window's title bar, or undefined when none does. */
export function displayShowingTitleBar(bounds: Rect, workAreas: readonly Rect[]): Rect | undefined {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(TITLE_BAR_HEIGHT, bounds.height) };
  return workAreas.find((area) => {
    const overlap = intersection(titleBar, area);
    return (
      overlap.width >= Math.min(MIN_VISIBLE_WIDTH, bounds.width) &&
      overlap.height >= Math.min(MIN_VISIBLE_HEIGHT, titleBar.height)
    );
  });
}

function fit(size: number, minimum: number, available: number): number {
  return Math.max(Math.min(size, available), Math.min(minimum, available));
}

/**
 * Where the window opens: the saved bounds when the title bar is on a display now (the size shrunk to that
 * display when it has become smaller), else the saved size on the first display, centred by the system; the
 * default size when nothing was saved.
 */
export function restoreWindowState(
  saved: WindowState | null,
  workAreas: readonly Rect[],
): { bounds: WindowBounds; maximized: boolean } {
  if (!saved) return { bounds: { ...DEFAULT_BOUNDS }, maximized: false };
  const { bounds } = saved;
  const area = displayShowingTitleBar(bounds, workAreas);
  if (area) {
    return {
      bounds: {
        x: bounds.x,
        y: bounds.y,
        width: fit(bounds.width, MIN_WIDTH, area.width),
        height: fit(bounds.height, MIN_HEIGHT, area.height),
      },
      maximized: saved.maximized,
    };
  }
  const primary = workAreas[0];
  return {
    bounds: primary
      ? { width: fit(bounds.width, MIN_WIDTH, primary.width), height: fit(bounds.height, MIN_HEIGHT, primary.height) }
      : { ...DEFAULT_BOUNDS },
    maximized: saved.maximized,
  };
}

/** The saved state, or null when there is none or it cannot be read (never an error: the window just opens as new). */
export function readWindowState(fs: Pick<WindowStateFileSystem, 'readFileSync'>, file: string): WindowState | null {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? { bounds: parsed.data.bounds, maximized: parsed.data.maximized } : null;
  } catch {
    return null;
  }
}

/** Saves the state; a failure (read-only or full disk) is ignored: the window opens with defaults next time. */
export function writeWindowState(
  fs: Pick<WindowStateFileSystem, 'writeFileAtomicSync'>,
  file: string,
  state: WindowState,
): boolean {
  const rounded = {
    x: Math.round(state.bounds.x),
    y: Math.round(state.bounds.y),
    width: Math.round(state.bounds.width),
    height: Math.round(state.bounds.height),
  };
  try {
    fs.writeFileAtomicSync(
      file,
      `${JSON.stringify({ version: 1, bounds: rounded, maximized: state.maximized }, null, 2)}\n`,
    );
    return true;
  } catch {
    return false;
  }
}

/** The parts of a BrowserWindow this module uses. */
export interface StatefulWindow {
  on(event: 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

/** Loads the saved state and works out where the window opens on the displays there are now. */
export function loadWindowState(deps: {
  fs: Pick<WindowStateFileSystem, 'readFileSync'>;
  file: string;
  workAreas: readonly Rect[];
}): {
  bounds: WindowBounds;
  maximized: boolean;
} {
  return restoreWindowState(readWindowState(deps.fs, deps.file), deps.workAreas);
}

/** Saves the window's size and position (its normal bounds, also when maximised) each time it is asked to close. */
export function rememberWindowState(
  window: StatefulWindow,
  deps: { fs: Pick<WindowStateFileSystem, 'writeFileAtomicSync'>; file: string },
): void {
  window.on('close', () => {
    writeWindowState(deps.fs, deps.file, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  });
}
