/**
 * The one interface through which the renderer reaches the platform: in Electron the preload API, in a plain
 * browser downloads and file inputs. Screens never check which one they run on, only what it can do.
 */
import type { DesktopApi } from '../../shared/ipc/channels';

export type PlatformKind = 'electron' | 'browser';

export interface Platform extends DesktopApi {
  kind: PlatformKind;
  /**
   * True when backups are written to disk on their own (Electron). False in the browser, where `backupWrite` stores
   * nothing unless the reason is 'manual' (a download), so the UI reminds the user to download one now and then.
   */
  supportsAutomaticBackups: boolean;
  /**
   * True when `revealLastSaved` can open a saved file or show it in its folder (Electron), so the UI offers it after
   * an export. False in the browser, where a save is a download the browser itself shows.
   */
  canRevealSavedFiles: boolean;
  /**
   * True when `syncTokenSave` keeps the token with the operating system's secure storage, across sessions (Electron);
   * false in the browser, where it is kept for the session only. In Electron the page's Content-Security-Policy
   * follows the connected remote and applies from the next load, so the Sharing screen reloads after connecting.
   */
  secureTokenStorage: boolean;
  /** When the user last made a manual backup (ISO), remembered in localStorage; null when never. */
  lastManualBackupAt(): string | null;
}

declare global {
  interface Window {
    /** Present only in the Electron app, exposed by the preload script. */
    ropaDesk?: DesktopApi;
  }
}
