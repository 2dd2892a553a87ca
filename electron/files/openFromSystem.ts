/**
 * Register files the main process opens itself, never on the page's say-so: one picked under File › Recent files,
 * or one the system hands over (a double-click on a `.ropa.json`: in the command line on Windows and Linux, also
 * when a second instance starts; the 'open-file' event on macOS). The file is read here and its name and bytes are
 * sent to the page as a `menu:command` of name 'open-file'. Side effects are parameters, so it is tested in Node.
 */
import path from 'node:path';
import type { MenuCommand } from '../../shared/ipc/desktopApi';
import { MAX_OPEN_BYTES } from '../ipc/limits';
import type { RecentFiles } from './recentFiles';

export const REGISTER_FILE_SUFFIX = '.ropa.json';

/**
 * The register files named in a command line: arguments that are not switches and end in `.ropa.json`, made
 * absolute against `cwd`. The executable (and, unpackaged, the app folder after it) is skipped.
 */
export function registerFilesInArgv(argv: readonly string[], options: { isPackaged: boolean; cwd: string }): string[] {
  return argv
    .slice(options.isPackaged ? 1 : 2)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(REGISTER_FILE_SUFFIX))
    .map((arg) => path.resolve(options.cwd, arg));
}

export type OpenProblem = { kind: 'missing'; name: string } | { kind: 'unreadable'; name: string; reason: string };

export interface OpenFromDiskDeps {
  stat(file: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(file: string): Promise<Uint8Array>;
  recents: Pick<RecentFiles, 'add' | 'remove'>;
  /** The recent-files list changed: rebuild the menu. */
  onRecentsChanged(): void;
  /** Sends the file to the page. */
  send(command: MenuCommand): void;
  /** Tells the user why nothing opened (a native message box). */
  report(problem: OpenProblem): void;
}

function isMissing(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** Reads `file` and hands it to the page; a file that is gone leaves the recent files. Resolves to whether it opened. */
export async function openRegisterFromDisk(
  file: string,
  via: 'recent' | 'system',
  deps: OpenFromDiskDeps,
): Promise<boolean> {
  const name = path.basename(file);
  try {
    const stat = await deps.stat(file);
    if (!stat.isFile()) {
      deps.report({ kind: 'unreadable', name, reason: 'not a file' });
      return false;
    }
    if (stat.size > MAX_OPEN_BYTES) {
      deps.report({ kind: 'unreadable', name, reason: 'file too large' });
      return false;
    }
    const bytes = await deps.readFile(file);
    deps.recents.add(file);
    deps.onRecentsChanged();
    deps.send({ name: 'open-file', via, file: { name, bytes } });
    return true;
  } catch (error) {
    if (isMissing(error)) {
      deps.recents.remove(file);
      deps.onRecentsChanged();
      deps.report({ kind: 'missing', name });
    } else {
      deps.report({ kind: 'unreadable', name, reason: error instanceof Error ? error.message : String(error) });
    }
    return false;
  }
}
