/**
 * The IPC contract: every channel between the page and the Electron main process, declared once in IPC_CONTRACT,
 * with its argument schema (validated in the main process before anything runs) and its result type. The preload's
 * `window.ropaDesk`, the page's DesktopApi type and the main process's handler types are all derived from it, so a
 * new channel is an entry here plus its handler in electron/ipc/handlers.ts.
 */
import * as z from 'zod';
import { UI_LANGUAGES } from '../i18n/languages';
import { parseRemoteUrl } from '../sync/remoteUrl';
import {
  invokeChannelsOf,
  returns,
  type ApiOf,
  type ChannelsOf,
  type Contract,
  type HandlersOf,
  type InvokeChannelsOf,
  type PayloadOf,
} from './contractSpec';
import {
  MENU_COMMAND_NAMES,
  OPEN_KINDS,
  REVEAL_MODES,
  SAVE_KINDS,
  type AppInfo,
  type BackupInfo,
  type BackupWriteResult,
  type OpenedFile,
  type SaveFileResult,
} from './desktopApi';
export * from './contractSpec';
export * from './desktopApi';
export * from './fileNames';

const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9.]{1,20}$/))
    .min(1)
    .max(10),
});

/** A file name the user is offered in a save dialog: no folders, no control characters. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  // Control characters are exactly what must be refused here.
  // eslint-disable-next-line no-control-regex
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'must be a plain file name');

export const saveFileRequestSchema = z.object({
  suggestedName: fileNameSchema,
  /** File content: text (JSON) or bytes (xlsx, pdf). At most 512 MB. */
  data: z.union([z.string().max(512 * 1024 * 1024), z.instanceof(Uint8Array)]),
  filters: z.array(fileFilterSchema).max(5).default([]),
  /** What the file is: picks the dialog's file type when `filters` is empty, and the extension of the name. */
  kind: z.enum(SAVE_KINDS).optional(),
});
export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;

export const openFileRequestSchema = z.object({
  filters: z.array(fileFilterSchema).max(5).default([]),
  /** 'register' when the user opens a register file: the main process then lists it under File › Recent files. */
  kind: z.enum(OPEN_KINDS).optional(),
});
export type OpenFileRequest = z.input<typeof openFileRequestSchema>;

/** Why the renderer writes a backup: after an edit, before the window closes, or because the user asked. */
export const backupReasonSchema = z.enum(['change', 'quit', 'manual']);

/**
 * A backup: the complete text of a register file (at most 512 MB). No name and no folder: the main process
 * chooses both, and checks that the text reads as a register file before it writes anything.
 */
export const backupWriteRequestSchema = z.strictObject({
  text: z
    .string()
    .min(1)
    .max(512 * 1024 * 1024),
  reason: backupReasonSchema,
});
export type BackupWriteRequest = z.input<typeof backupWriteRequestSchema>;

/** A register file the main process has read for the page: the name and the bytes, never the path. */
const openedFileSchema = z.object({
  name: z.string(),
  // Any Uint8Array, as OpenedFile says (`z.instanceof` would narrow the type to one backed by an ArrayBuffer).
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
});

/**
 * Main → page, on `menu:command`. Most commands are a bare name: the page runs its own flow (for 'open-register' it
 * calls `openFile({ kind: 'register', ... })`, for the exports `saveFile({ kind, ... })`). 'open-file' carries a
 * register file the main process has already read: one the user picked under File › Recent files (`via: 'recent'`)
 * or opened from the system, e.g. a double-click on a `.ropa.json` (`via: 'system'`). Paths stay in the main
 * process; the page gets the name and the bytes, as from `openFile`.
 */
export const menuCommandSchema = z.union([
  z.object({ name: z.enum(MENU_COMMAND_NAMES) }),
  z.object({ name: z.literal('open-file'), via: z.enum(['recent', 'system']), file: openedFileSchema }),
]);
export type MenuCommand = z.output<typeof menuCommandSchema>;

/** The address of the Git repository a register is shared through: https, or http to this computer (remoteUrl.ts). */
const remoteUrlSchema = z
  .string()
  .max(2000)
  .refine((text) => parseRemoteUrl(text) !== undefined, 'must be an https address without credentials');

/** The token for a register's Git repository, kept by the main process with the operating system's secure storage. */
export const syncTokenSaveRequestSchema = z.strictObject({
  url: remoteUrlSchema,
  token: z.string().min(1).max(4096),
});
export type SyncTokenSaveRequest = z.input<typeof syncTokenSaveRequestSchema>;

/**
 * Every IPC channel, one entry per method of the page's API (`window.ropaDesk.<method>`); `channel` is its name on
 * the wire. The documentation of each entry is that method's.
 */
export const IPC_CONTRACT = {
  appInfo: { kind: 'invoke', channel: 'app:info', args: z.tuple([]), result: returns<AppInfo>() },
  /**
   * Asks the user where to save (a native dialog, starting from `suggestedName`) and writes the file there.
   * `kind` picks the dialog's file type and the name's extension when the request has none.
   */
  saveFile: {
    kind: 'invoke',
    channel: 'file:save',
    args: z.tuple([saveFileRequestSchema]),
    result: returns<SaveFileResult>(),
  },
  /** Asks the user for a file to open. With `kind: 'register'` the file is added to File › Recent files. */
  openFile: {
    kind: 'invoke',
    channel: 'file:open',
    args: z.tuple([openFileRequestSchema]),
    result: returns<OpenedFile | null>(),
  },
  /**
   * Opens the file the last successful `saveFile` of this session wrote ('open': in its default application) or
   * shows it in its folder ('folder'). Resolves to false when nothing was saved yet. It takes no path: it can only
   * act on the file the main process itself saved.
   */
  revealLastSaved: {
    kind: 'invoke',
    channel: 'file:reveal-last-saved',
    args: z.tuple([z.enum(REVEAL_MODES)]),
    result: returns<boolean>(),
  },
  /** Writes a backup of the register (refused when `text` is not a readable register file), then prunes old ones. */
  backupWrite: {
    kind: 'invoke',
    channel: 'backup:write',
    args: z.tuple([backupWriteRequestSchema]),
    result: returns<BackupWriteResult>(),
  },
  /** Where the backups are, and which there are, newest first. */
  backupInfo: { kind: 'invoke', channel: 'backup:info', args: z.tuple([]), result: returns<BackupInfo>() },
  /** Opens the backups folder in the system file manager. */
  openBackupFolder: { kind: 'invoke', channel: 'backup:open-folder', args: z.tuple([]), result: returns<void>() },
  /** Tells the main process the interface language, so the application menu and its dialogs speak it. */
  setLanguage: {
    kind: 'invoke',
    channel: 'app:set-language',
    args: z.tuple([z.enum(UI_LANGUAGES)]),
    result: returns<void>(),
  },
  /**
   * Keeps the token of the register's Git repository, encrypted with the operating system's secure storage
   * (Electron's safeStorage), and makes `url`'s origin the one remote the page's Content-Security-Policy lets it
   * connect to (from the next load of the page on). Refused when no secure storage is available.
   */
  syncTokenSave: {
    kind: 'invoke',
    channel: 'sync:token-save',
    args: z.tuple([syncTokenSaveRequestSchema]),
    result: returns<void>(),
  },
  /** The token kept for `url`; null when none is kept for that address. */
  syncTokenRead: {
    kind: 'invoke',
    channel: 'sync:token-read',
    args: z.tuple([remoteUrlSchema]),
    result: returns<string | null>(),
  },
  /** Forgets the token and the remote: the Content-Security-Policy allows no remote again (from the next load). */
  syncTokenClear: { kind: 'invoke', channel: 'sync:token-clear', args: z.tuple([]), result: returns<void>() },
  /**
   * Registers what to do when the window is about to close (write the final backup). The window waits until the
   * callback's promise settles, or 5 seconds at most. A later call replaces the callback.
   */
  onFlushRequest: { kind: 'request', channel: 'lifecycle:flush', reply: 'lifecycle:flushed' },
  /**
   * Registers what to do on an application-menu command. Commands that arrive before any callback is registered
   * (a file opened from the system while the page starts) are kept and handed to the first callback. A later call
   * replaces the callback; the returned function unregisters it (if it is still the current one).
   */
  onMenuCommand: { kind: 'event', channel: 'menu:command', payload: menuCommandSchema },
} as const satisfies Contract;

export type IpcContract = typeof IPC_CONTRACT;
/** The channels the main process handles: the only ones the page can invoke. */
export type InvokeChannel = InvokeChannelsOf<IpcContract>;
export type EventChannel = ChannelsOf<IpcContract, 'event'>;
export type RequestChannel = ChannelsOf<IpcContract, 'request'>;

/** The API the preload exposes as `window.ropaDesk`; the renderer's Platform extends it. */
export type DesktopApi = ApiOf<IpcContract>;
/** The main-process handlers, one per invoke channel (electron/ipc/handlers.ts). */
export type IpcHandlers = HandlersOf<IpcContract>;
/** What the main process sends on an event channel. */
export type EventPayload<C extends EventChannel> = PayloadOf<IpcContract, C>;

/** The channels the main process handles, each with its argument schema, in the contract's order. */
export const INVOKE_CHANNELS = invokeChannelsOf(IPC_CONTRACT);
