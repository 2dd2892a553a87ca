/**
 * Every IPC channel between the renderer and the Electron main process, declared once: its argument schema
 * (validated in the main process before anything runs) and its result type. The preload exposes exactly
 * these channels; the renderer's platform adapter implements the same API in the browser.
 */
import { z } from 'zod';
import { UI_LANGUAGES } from '../i18n/languages';
import { OPEN_KINDS, REVEAL_MODES, SAVE_KINDS } from './desktopApi';
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

export const IPC_CHANNELS = {
  'app:info': { args: z.tuple([]) },
  'file:save': { args: z.tuple([saveFileRequestSchema]) },
  'file:open': { args: z.tuple([openFileRequestSchema]) },
  /** Acts only on the file the main process itself saved last: no path crosses this channel. */
  'file:reveal-last-saved': { args: z.tuple([z.enum(REVEAL_MODES)]) },
  'backup:write': { args: z.tuple([backupWriteRequestSchema]) },
  'backup:info': { args: z.tuple([]) },
  'backup:open-folder': { args: z.tuple([]) },
  /** The interface language, so the main process rebuilds its menus in it. */
  'app:set-language': { args: z.tuple([z.enum(UI_LANGUAGES)]) },
  /** The renderer's answer to a flush request (FLUSH_REQUEST_CHANNEL): the window may close now. */
  'lifecycle:flushed': { args: z.tuple([]) },
} as const;
export type IpcChannel = keyof typeof IPC_CHANNELS;
