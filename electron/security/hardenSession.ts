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

/** Whether `url` is on the connected Git remote's origin (the one remote the page may reach). */
function isOnRemote(url: string, remoteOrigin: string | undefined): boolean {
  if (remoteOrigin === undefined) return false;
  try {
    return new URL(url).origin === remoteOrigin;
  } catch {
    return false;
  }
}

/** The request headers isomorphic-git sends to a Git server, which a CORS preflight must allow. */
const GIT_REQUEST_HEADERS = 'authorization, content-type, accept, git-protocol';

/**
 * `platform` is `process.platform`. On Windows and Linux Chromium's spellchecker downloads Hunspell dictionaries
 * from Google's CDN (only macOS uses the system's spellchecker): there it is switched off, so the app sends nothing.
 * `syncRemote` names the origin of the Git repository the register is shared through (asked per request, as the
 * user connects and disconnects): the only remote requests are let through to, and its answers are given the CORS
 * headers the page needs — the Git servers teams run (GitLab, Gitea, Azure DevOps) send none, and answer a
 * preflight with an error.
 */
export function hardenSession(
  session: Session,
  platform: NodeJS.Platform,
  syncRemote: () => string | undefined = () => undefined,
): void {
  session.setSpellCheckerEnabled(platform === 'darwin');
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // No remote content: any request that is not to our own protocol (or devtools) or the Git remote is cancelled.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      details.url.startsWith(`${APP_ORIGIN}/`) ||
      details.url.startsWith('devtools://') ||
      isOnRemote(details.url, syncRemote());
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isOnRemote(details.url, syncRemote())) {
      callback({});
      return;
    }
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {}))
      if (!name.toLowerCase().startsWith('access-control-')) headers[name] = value;
    headers['Access-Control-Allow-Origin'] = [APP_ORIGIN];
    headers['Access-Control-Allow-Methods'] = ['GET, POST, OPTIONS'];
    headers['Access-Control-Allow-Headers'] = [GIT_REQUEST_HEADERS];
    headers['Access-Control-Expose-Headers'] = ['content-type'];
    if (details.method === 'OPTIONS') callback({ responseHeaders: headers, statusLine: 'HTTP/1.1 204 No Content' });
    else callback({ responseHeaders: headers });
  });
}
