/**
 * Main-process IPC: one handler per channel of shared/ipc/channels.ts. Each checks that the call comes from
 * our own page (the main frame at app://ropa/) and validates its arguments with the shared schema before
 * doing anything. File paths are never taken from the renderer: the user picks them in a native dialog, and
 * backups go to the backups folder under names the main process chooses. `file:reveal-last-saved` acts only on
 * the path the last `file:save` wrote, which never leaves this module.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import path from 'node:path';
import type { UiLanguage } from '../../shared/i18n/languages';
import {
  IPC_CHANNELS,
  SAVE_KIND_INFO,
  withKindExtension,
  type AppInfo,
  type BackupInfo,
  type BackupWriteResult,
  type IpcChannel,
  type OpenedFile,
  type SaveFileResult,
  type SaveKind,
} from '../../shared/ipc/channels';
import type { BackupStore } from '../backups/backupStore';
import { APP_ORIGIN } from '../protocol/appProtocol';
import { MAX_OPEN_BYTES } from './limits';

export { MAX_OPEN_BYTES };

export type FileFilter = { name: string; extensions: string[] };

export interface FileDialogs {
  showSave(suggestedName: string, filters: FileFilter[]): Promise<string | undefined>;
  showOpen(filters: FileFilter[]): Promise<string | undefined>;
}
export interface FileSystem {
  writeFileAtomic(file: string, data: string | Uint8Array): Promise<void>;
  readFile(file: string): Promise<Uint8Array>;
}
export interface HandlerDeps {
  dialogs: FileDialogs;
  files: FileSystem;
  appInfo: AppInfo;
  backups: Pick<BackupStore, 'folder' | 'ensureFolder' | 'write' | 'list'>;
  /** Electron's `shell.openPath`: resolves to an error message, empty when it worked. */
  openPath(file: string): Promise<string>;
  /** Electron's `shell.showItemInFolder`. */
  showItemInFolder(file: string): void;
  /** Called when the page answers a flush request (see window/flushOnClose.ts). */
  onFlushed(): void;
  /** The interface language changed: rebuild the menus in it. */
  setLanguage(language: UiLanguage): void;
  /** A register file was opened through the open dialog (`kind: 'register'`): list it under Recent files. */
  onRegisterOpened(file: string): void;
  /** The name of a save dialog's file type for a kind, in the interface language. */
  filterName(kind: SaveKind): string;
}

export class IpcRefusal extends Error {}

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return frame.url.startsWith(`${APP_ORIGIN}/`);
}

type Handler = (...args: unknown[]) => Promise<unknown>;

export function createHandlers(deps: HandlerDeps): Record<IpcChannel, Handler> {
  /** The file the last successful save wrote, in this session: the only path `file:reveal-last-saved` acts on. */
  let lastSaved: string | undefined;

  return {
    'app:info': async () => deps.appInfo,
    'app:set-language': async (...args): Promise<void> => {
      const [language] = IPC_CHANNELS['app:set-language'].args.parse(args);
      deps.setLanguage(language);
    },
    'file:save': async (...args): Promise<SaveFileResult> => {
      const [request] = IPC_CHANNELS['file:save'].args.parse(args);
      const { kind } = request;
      const name = kind ? withKindExtension(request.suggestedName, kind) : request.suggestedName;
      const filters =
        request.filters.length > 0 || !kind
          ? request.filters
          : [{ name: deps.filterName(kind), extensions: SAVE_KIND_INFO[kind].filterExtensions }];
      const target = await deps.dialogs.showSave(name, filters);
      if (!target) return { saved: false };
      await deps.files.writeFileAtomic(target, request.data);
      lastSaved = target;
      return { saved: true, fileName: path.basename(target) };
    },
    'file:open': async (...args): Promise<OpenedFile | null> => {
      const [request] = IPC_CHANNELS['file:open'].args.parse(args);
      const source = await deps.dialogs.showOpen(request.filters);
      if (!source) return null;
      const bytes = await deps.files.readFile(source);
      if (bytes.byteLength > MAX_OPEN_BYTES) throw new IpcRefusal('file too large');
      if (request.kind === 'register') deps.onRegisterOpened(source);
      return { name: path.basename(source), bytes };
    },
    'file:reveal-last-saved': async (...args): Promise<boolean> => {
      const [mode] = IPC_CHANNELS['file:reveal-last-saved'].args.parse(args);
      if (!lastSaved) return false;
      if (mode === 'folder') {
        deps.showItemInFolder(lastSaved);
        return true;
      }
      const problem = await deps.openPath(lastSaved);
      if (problem) throw new Error(`could not open ${path.basename(lastSaved)}: ${problem}`);
      return true;
    },
    'backup:write': async (...args): Promise<BackupWriteResult> => {
      const [request] = IPC_CHANNELS['backup:write'].args.parse(args);
      return deps.backups.write(request.text, request.reason);
    },
    'backup:info': async (): Promise<BackupInfo> => ({ folder: deps.backups.folder, files: await deps.backups.list() }),
    'backup:open-folder': async (): Promise<void> => {
      await deps.backups.ensureFolder();
      const problem = await deps.openPath(deps.backups.folder);
      if (problem) throw new Error(`could not open the backups folder: ${problem}`);
    },
    'lifecycle:flushed': async (): Promise<void> => {
      deps.onFlushed();
    },
  };
}

/** Registers every handler on `ipcMain`, wrapped in the sender check and argument validation. */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, deps: HandlerDeps): void {
  const handlers = createHandlers(deps);
  for (const channel of Object.keys(IPC_CHANNELS) as IpcChannel[]) {
    const schema = IPC_CHANNELS[channel].args;
    const handler = handlers[channel];
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event)) throw new IpcRefusal(`refused ${channel}: untrusted sender`);
      const parsed = schema.safeParse(args);
      if (!parsed.success) throw new IpcRefusal(`refused ${channel}: invalid arguments`);
      return handler(...args);
    });
  }
}
