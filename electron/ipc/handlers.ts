/**
 * Main-process IPC: one handler per channel of shared/ipc/channels.ts. Each checks that the call comes from
 * our own page (the main frame at app://ropa/) and validates its arguments with the shared schema before
 * doing anything. File paths are never taken from the renderer: the user picks them in a native dialog, and
 * backups go to the backups folder under names the main process chooses.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import path from 'node:path';
import {
  IPC_CHANNELS,
  type AppInfo,
  type BackupInfo,
  type BackupWriteResult,
  type IpcChannel,
  type OpenedFile,
  type SaveFileResult,
} from '../../shared/ipc/channels';
import type { BackupStore } from '../backups/backupStore';
import { APP_ORIGIN } from '../protocol/appProtocol';

export interface FileDialogs {
  showSave(suggestedName: string, filters: { name: string; extensions: string[] }[]): Promise<string | undefined>;
  showOpen(filters: { name: string; extensions: string[] }[]): Promise<string | undefined>;
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
  openPath(folder: string): Promise<string>;
  /** Called when the page answers a flush request (see window/flushOnClose.ts). */
  onFlushed(): void;
}

/** Largest file the renderer may ask to open: bigger registers or workbooks are refused before reading. */
export const MAX_OPEN_BYTES = 200 * 1024 * 1024;

export class IpcRefusal extends Error {}

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return frame.url.startsWith(`${APP_ORIGIN}/`);
}

type Handler = (...args: unknown[]) => Promise<unknown>;

export function createHandlers(deps: HandlerDeps): Record<IpcChannel, Handler> {
  return {
    'app:info': async () => deps.appInfo,
    'file:save': async (...args): Promise<SaveFileResult> => {
      const [request] = IPC_CHANNELS['file:save'].args.parse(args);
      const target = await deps.dialogs.showSave(request.suggestedName, request.filters);
      if (!target) return { saved: false };
      await deps.files.writeFileAtomic(target, request.data);
      return { saved: true, fileName: path.basename(target) };
    },
    'file:open': async (...args): Promise<OpenedFile | null> => {
      const [request] = IPC_CHANNELS['file:open'].args.parse(args);
      const source = await deps.dialogs.showOpen(request.filters);
      if (!source) return null;
      const bytes = await deps.files.readFile(source);
      if (bytes.byteLength > MAX_OPEN_BYTES) throw new IpcRefusal('file too large');
      return { name: path.basename(source), bytes };
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
