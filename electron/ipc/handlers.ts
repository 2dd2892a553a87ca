/**
 * Main-process IPC: what each invoke channel of the contract (shared/ipc/channels.ts) does. registerContract.ts has
 * already checked the sender and parsed the arguments when a handler runs; the contract types each handler's
 * arguments and result. File paths are never taken from the renderer: the user picks them in a native dialog, and
 * backups go to the backups folder under names the main process chooses. `file:reveal-last-saved` acts only on
 * the path the last `file:save` wrote, which never leaves this module.
 */
import type { IpcMain } from 'electron';
import path from 'node:path';
import type { UiLanguage } from '../../shared/i18n/languages';
import {
  SAVE_KIND_INFO,
  withKindExtension,
  type AppInfo,
  type IpcHandlers,
  type SaveKind,
} from '../../shared/ipc/channels';
import type { BackupStore } from '../backups/backupStore';
import type { SyncTokenStore } from '../sync/syncTokenStore';
import { MAX_OPEN_BYTES } from './limits';
import { IpcRefusal, registerContractHandlers } from './registerContract';

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
  /** The Git repository's token, kept with the operating system's secure storage. */
  syncTokens: Pick<SyncTokenStore, 'save' | 'read' | 'clear'>;
}

export function createHandlers(deps: HandlerDeps): IpcHandlers {
  /** The file the last successful save wrote, in this session: the only path `file:reveal-last-saved` acts on. */
  let lastSaved: string | undefined;

  return {
    'app:info': async () => deps.appInfo,
    'app:set-language': async (language) => {
      deps.setLanguage(language);
    },
    'file:save': async (request) => {
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
    'file:open': async (request) => {
      const source = await deps.dialogs.showOpen(request.filters);
      if (!source) return null;
      const bytes = await deps.files.readFile(source);
      if (bytes.byteLength > MAX_OPEN_BYTES) throw new IpcRefusal('file too large');
      if (request.kind === 'register') deps.onRegisterOpened(source);
      return { name: path.basename(source), bytes };
    },
    'file:reveal-last-saved': async (mode) => {
      if (!lastSaved) return false;
      if (mode === 'folder') {
        deps.showItemInFolder(lastSaved);
        return true;
      }
      const problem = await deps.openPath(lastSaved);
      if (problem) throw new Error(`could not open ${path.basename(lastSaved)}: ${problem}`);
      return true;
    },
    'backup:write': async (request) => deps.backups.write(request.text, request.reason),
    'backup:info': async () => ({ folder: deps.backups.folder, files: await deps.backups.list() }),
    'backup:open-folder': async () => {
      await deps.backups.ensureFolder();
      const problem = await deps.openPath(deps.backups.folder);
      if (problem) throw new Error(`could not open the backups folder: ${problem}`);
    },
    'sync:token-save': async (request) => deps.syncTokens.save(request.url, request.token),
    'sync:token-read': async (url) => deps.syncTokens.read(url),
    'sync:token-clear': async () => deps.syncTokens.clear(),
    'lifecycle:flushed': async () => {
      deps.onFlushed();
    },
  };
}

/** Registers every handler on `ipcMain`, behind the contract's sender check and argument validation. */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, deps: HandlerDeps): void {
  registerContractHandlers(ipcMain, createHandlers(deps));
}
