/**
 * Hardening applied to the window's web contents and session: no navigation away from the app, no new
 * windows (trusted help links go to the system browser), no permission ever granted, no webview.
 * Takes the Electron objects as parameters so a unit test can drive it with fakes.
 */
import type { Session, WebContents } from 'electron';
import { APP_ORIGIN } from '../protocol/appProtocol';
import { openTrustedExternal } from './trustedUrl';

export function hardenWebContents(contents: WebContents, openExternal: (url: string) => Promise<void>): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openTrustedExternal(url, openExternal).catch(() => false);
    return { action: 'deny' };
  });
}

/**
 * `platform` is `process.platform`. On Windows and Linux Chromium's spellchecker downloads Hunspell dictionaries
 * from Google's CDN (only macOS uses the system's spellchecker): there it is switched off, so the app sends nothing.
 */
export function hardenSession(session: Session, platform: NodeJS.Platform): void {
  session.setSpellCheckerEnabled(platform === 'darwin');
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // No remote content: any request that is not to our own protocol (or devtools) is cancelled.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith(`${APP_ORIGIN}/`) || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });
}
