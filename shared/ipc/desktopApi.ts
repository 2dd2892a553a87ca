/**
 * The desktop API the preload exposes as `window.ropaDesk`, and the channel each method uses. Kept free of
 * runtime dependencies so the sandboxed preload bundle stays small; the argument schemas are in channels.ts.
 */
import type { BackupWriteRequest, OpenFileRequest, SaveFileRequest } from './channels';

export interface AppInfo {
  version: string;
  platform: string;
}
export interface SaveFileResult {
  saved: boolean;
  /** Only the file name, never the full path: the renderer has no use for the user's folder layout. */
  fileName?: string;
}
export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export type BackupReason = BackupWriteRequest['reason'];
export interface BackupWriteResult {
  /** The backup's file name, `register-YYYY-MM-DDTHH-mm-ss-SSSZ.ropa.json`; empty when nothing was stored on disk. */
  fileName: string;
  /** The folder that holds the backups (shown in the settings screen); empty in the browser. */
  folder: string;
}
export interface BackupFileInfo {
  fileName: string;
  /** When the backup was written, ISO 8601 UTC (taken from the file name). */
  savedAt: string;
  bytes: number;
}
export interface BackupInfo {
  folder: string;
  /** Newest first. */
  files: BackupFileInfo[];
}

/** The API the preload exposes as `window.ropaDesk`, one method per channel. */
export interface DesktopApi {
  appInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  /** Writes a backup of the register (refused when `text` is not a readable register file), then prunes old ones. */
  backupWrite(request: BackupWriteRequest): Promise<BackupWriteResult>;
  /** Where the backups are, and which there are, newest first. */
  backupInfo(): Promise<BackupInfo>;
  /** Opens the backups folder in the system file manager. */
  openBackupFolder(): Promise<void>;
  /**
   * Registers what to do when the window is about to close (write the final backup). The window waits until the
   * returned promise settles, or 5 seconds at most. A later call replaces the callback.
   */
  onFlushRequest(callback: () => Promise<void>): void;
}

/** Which channel each API method uses: the preload and the main-process handlers both read this map. */
export const API_CHANNELS = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  openFile: 'file:open',
  backupWrite: 'backup:write',
  backupInfo: 'backup:info',
  openBackupFolder: 'backup:open-folder',
  /** The channel through which the renderer answers a flush request. */
  onFlushRequest: 'lifecycle:flushed',
} as const satisfies Record<keyof DesktopApi, string>;

/** Main → renderer: the window is about to close, write the final backup now (answer on `lifecycle:flushed`). */
export const FLUSH_REQUEST_CHANNEL = 'lifecycle:flush';
