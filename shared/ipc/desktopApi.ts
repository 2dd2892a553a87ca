/**
 * The values that cross IPC: results, the kinds and modes requests name, and the names of the main → page channels
 * that code outside the generic IPC layer uses. The channels themselves, and the DesktopApi type derived from them,
 * are in channels.ts (IPC_CONTRACT); the types are re-exported here for the modules that import them from this file.
 */
import type { BackupWriteRequest, EventChannel, RequestChannel } from './channels';

export type { DesktopApi, MenuCommand } from './channels';

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

/** What a save is for: sets the dialog's file type and the extension of the suggested name. */
export const SAVE_KINDS = ['xlsx', 'pdf', 'backup'] as const;
export type SaveKind = (typeof SAVE_KINDS)[number];

/** What an open is for: only register files ('register') are remembered in File › Recent files. */
export const OPEN_KINDS = ['register', 'import'] as const;
export type OpenKind = (typeof OPEN_KINDS)[number];

/** After a save: open the file in its default application, or show it in its folder. */
export const REVEAL_MODES = ['open', 'folder'] as const;
export type RevealMode = (typeof REVEAL_MODES)[number];

/** The commands of the application menu that the renderer carries out (see electron/menu/menuTemplate.ts). */
export const MENU_COMMAND_NAMES = [
  'new-activity',
  'open-register',
  'save-backup',
  'import',
  'export-xlsx',
  'export-pdf',
] as const;
export type MenuCommandName = (typeof MENU_COMMAND_NAMES)[number];

/** Main → page: the window is about to close, write the final backup now (the preload answers on `lifecycle:flushed`). */
export const FLUSH_REQUEST_CHANNEL = 'lifecycle:flush' satisfies RequestChannel;

/** Main → page: a command from the application menu (a `MenuCommand`). */
export const MENU_COMMAND_CHANNEL = 'menu:command' satisfies EventChannel;
