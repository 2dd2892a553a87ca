import { describe, expect, it } from 'vitest';
import { createMainWindow, mainWindowOptions } from './windowOptions';

describe('main window options', () => {
  const options = mainWindowOptions('/app/dist/electron/preload.cjs');
  const prefs = options.webPreferences ?? {};

  it('isolates the page from Node and Electron', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses insecure content, webviews and experimental features', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });

  it('creates the window with exactly these options, hidden until it is ready', () => {
    const created: unknown[] = [];
    class Window {
      constructor(options: unknown) {
        created.push(options);
      }
    }
    expect(createMainWindow(Window, '/app/dist/electron/preload.cjs')).toBeInstanceOf(Window);
    expect(created).toEqual([options]);
    expect(options.show).toBe(false);
  });

  it('loads only our preload', () => {
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('restores remembered bounds', () => {
    const restored = mainWindowOptions('/p', { x: 10, y: 20, width: 1000, height: 700 });
    expect([restored.x, restored.y, restored.width, restored.height]).toEqual([10, 20, 1000, 700]);
  });
});
