/**
 * The desktop API the preload exposes as `window.ropaDesk`, and the channel each method uses. Kept free of
 * runtime dependencies so the sandboxed preload bundle stays small; the argument schemas are in channels.ts.
 */
import type { UiLanguage } from '../i18n/languages';
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

/**
 * Main → renderer, on `menu:command`. Most commands are a bare name: the renderer runs its own flow (for
 * 'open-register' it calls `openFile({ kind: 'register', ... })`, for the exports `saveFile({ kind, ... })`).
 * 'open-file' carries a register file the main process has already read: one the user picked under
 * File › Recent files (`via: 'recent'`) or opened from the system, e.g. a double-click on a `.ropa.json`
 * (`via: 'system'`). Paths stay in the main process; the page gets the name and the bytes, as from `openFile`.
 */
export type MenuCommand = { name: MenuCommandName } | { name: 'open-file'; via: 'recent' | 'system'; file: OpenedFile };

/** The API the preload exposes as `window.ropaDesk`, one method per channel. */
export interface DesktopApi {
  appInfo(): Promise<AppInfo>;
  /**
   * Asks the user where to save (a native dialog, starting from `suggestedName`) and writes the file there.
   * `kind` picks the dialog's file type and the name's extension when the request has none.
   */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Asks the user for a file to open. With `kind: 'register'` the file is added to File › Recent files. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  /**
   * Opens the file the last successful `saveFile` of this session wrote ('open': in its default application) or
   * shows it in its folder ('folder'). Resolves to false when nothing was saved yet. It takes no path: it can only
   * act on the file the main process itself saved.
   */
  revealLastSaved(mode: RevealMode): Promise<boolean>;
  /** Writes a backup of the register (refused when `text` is not a readable register file), then prunes old ones. */
  backupWrite(request: BackupWriteRequest): Promise<BackupWriteResult>;
  /** Where the backups are, and which there are, newest first. */
  backupInfo(): Promise<BackupInfo>;
  /** Opens the backups folder in the system file manager. */
  openBackupFolder(): Promise<void>;
  /** Tells the main process the interface language, so the application menu and its dialogs speak it. */
  setLanguage(language: UiLanguage): Promise<void>;
  /**
   * Registers what to do when the window is about to close (write the final backup). The window waits until the
   * returned promise settles, or 5 seconds at most. A later call replaces the callback.
   */
  onFlushRequest(callback: () => Promise<void>): void;
  /**
   * Registers what to do on an application-menu command. Commands that arrive before any callback is registered
   * (a file opened from the system while the page starts) are kept and handed to the first callback. A later call
   * replaces the callback; the returned function unregisters it (if it is still the current one).
   */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
}

/** The API methods that are not calls into the main process but listeners for its messages. */
export type DesktopApiListener = 'onMenuCommand';

/**
 * Which channel each API method invokes: the preload and the main-process handlers both read this map.
 * (`onFlushRequest` answers on its channel; `onMenuCommand` only listens, on MENU_COMMAND_CHANNEL.)
 */
export const API_CHANNELS = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  openFile: 'file:open',
  revealLastSaved: 'file:reveal-last-saved',
  backupWrite: 'backup:write',
  backupInfo: 'backup:info',
  openBackupFolder: 'backup:open-folder',
  setLanguage: 'app:set-language',
  /** The channel through which the renderer answers a flush request. */
  onFlushRequest: 'lifecycle:flushed',
} as const satisfies Record<Exclude<keyof DesktopApi, DesktopApiListener>, string>;

/** Main → renderer: the window is about to close, write the final backup now (answer on `lifecycle:flushed`). */
export const FLUSH_REQUEST_CHANNEL = 'lifecycle:flush';
/** Main → renderer: a command from the application menu (a `MenuCommand`). */
export const MENU_COMMAND_CHANNEL = 'menu:command';
