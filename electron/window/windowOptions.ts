/**
 * The main window and its options. The options are written out in the `new BrowserWindow({...})` call itself, with
 * the class passed in as a parameter: a unit test reads them through a stand-in class, and the static scan
 * (scripts/electron-scan.mjs, Electronegativity) sees every web preference where the window is created.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 840 };
export const MIN_WIDTH = 900;
export const MIN_HEIGHT = 600;

export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

/** Creates the main window (hidden until 'ready-to-show'): `BrowserWindow` is Electron's class, or a test's. */
export function createMainWindow<W>(
  BrowserWindow: WindowConstructor<W>,
  preloadPath: string,
  bounds: WindowBounds = DEFAULT_BOUNDS,
): W {
  return new BrowserWindow({
    ...bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'RoPA Desk',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click would ask for a new window (refused anyway by the window-open handler): not even that.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      devTools: true,
    },
  });
}

/** The options `createMainWindow` passes to the window, for tests and for reading. */
export function mainWindowOptions(
  preloadPath: string,
  bounds: WindowBounds = DEFAULT_BOUNDS,
): BrowserWindowConstructorOptions {
  let captured: BrowserWindowConstructorOptions = {};
  class Capture {
    constructor(options: BrowserWindowConstructorOptions) {
      captured = options;
    }
  }
  createMainWindow(Capture, preloadPath, bounds);
  return captured;
}
