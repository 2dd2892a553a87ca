/**
 * The backups folder: `register-YYYY-MM-DDTHH-mm-ss-SSSZ.ropa.json` files (UTC, so names sort by time), each a
 * complete register file written atomically. Only names of exactly that pattern are listed or removed; anything
 * else in the folder is left alone. Takes the folder, the file system and the clock as parameters so tests run on
 * a temporary folder in plain Node.
 */
import path from 'node:path';
import type { BackupFileInfo, BackupReason, BackupWriteResult } from '../../shared/ipc/desktopApi';
import { readRegisterFile } from '../../shared/register/registerFile';
import { DEFAULT_ROTATION_POLICY, selectBackupsToKeep, type RotationPolicy } from './backupRotation';

export interface BackupFileSystem {
  mkdir(folder: string, options: { recursive: true }): Promise<unknown>;
  readdir(folder: string): Promise<string[]>;
  stat(file: string): Promise<{ size: number; isFile(): boolean }>;
  unlink(file: string): Promise<void>;
  writeFileAtomic(file: string, data: string): Promise<void>;
}

export interface BackupStoreDeps {
  folder: string;
  fs: BackupFileSystem;
  now: () => Date;
  policy?: RotationPolicy;
}

export interface BackupStore {
  readonly folder: string;
  /** Creates the backups folder when it is missing. */
  ensureFolder(): Promise<void>;
  /**
   * Checks that `text` reads as a register file (a backup must be restorable; refused with `BackupRefusal`
   * otherwise, and nothing is written), writes it as a new backup, then prunes. The reason is not stored: every
   * backup is the same kind of file.
   */
  write(text: string, reason: BackupReason): Promise<BackupWriteResult>;
  /** The backups, newest first. */
  list(): Promise<BackupFileInfo[]>;
  /** Removes the backups the rotation policy does not keep; returns their names. */
  prune(): Promise<string[]>;
}

export class BackupRefusal extends Error {
  override name = 'BackupRefusal';
}

const BACKUP_NAME = /^register-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.ropa\.json$/;

/** `register-2026-11-22T14-03-05-123Z.ropa.json` for 2026-11-22T14:03:05.123Z. */
export function backupFileName(savedAt: Date): string {
  return `register-${savedAt.toISOString().replace(/[:.]/g, '-')}.ropa.json`;
}

/** When a backup was written, from its name; null when the name is not a backup's. */
export function backupSavedAt(fileName: string): Date | null {
  const match = BACKUP_NAME.exec(fileName);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, ms] = match.map(Number) as number[];
  const date = new Date(Date.UTC(y ?? 0, (mo ?? 0) - 1, d ?? 0, h ?? 0, mi ?? 0, s ?? 0, ms ?? 0));
  // Reject impossible dates (month 13, 31 February) that Date.UTC would roll over, and years before 1970 or
  // 0-99 that Date.UTC maps elsewhere: the name must be exactly the one this date would get.
  return !Number.isNaN(date.getTime()) && backupFileName(date) === fileName ? date : null;
}

export function isBackupFileName(fileName: string): boolean {
  return backupSavedAt(fileName) !== null;
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

export function createBackupStore(deps: BackupStoreDeps): BackupStore {
  const { folder, fs } = deps;
  const policy = deps.policy ?? DEFAULT_ROTATION_POLICY;
  /** Writes and prunes run one at a time, so a prune never races a write and two writes never share a name. */
  let queue: Promise<unknown> = Promise.resolve();
  let lastStamp = Number.NEGATIVE_INFINITY;

  function serially<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function ensureFolder(): Promise<void> {
    await fs.mkdir(folder, { recursive: true });
  }

  async function list(): Promise<BackupFileInfo[]> {
    let names: string[];
    try {
      names = await fs.readdir(folder);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    const files: BackupFileInfo[] = [];
    for (const fileName of names) {
      const savedAt = backupSavedAt(fileName);
      if (!savedAt) continue;
      try {
        const stat = await fs.stat(path.join(folder, fileName));
        if (stat.isFile()) files.push({ fileName, savedAt: savedAt.toISOString(), bytes: stat.size });
      } catch (error) {
        // Removed between readdir and stat: it is simply no longer there.
        if (!isMissing(error)) throw error;
      }
    }
    return files.sort((a, b) => (a.fileName < b.fileName ? 1 : a.fileName > b.fileName ? -1 : 0));
  }

  async function pruneNow(): Promise<string[]> {
    const files = await list();
    const plan = selectBackupsToKeep(
      files.map((f) => ({ fileName: f.fileName, savedAt: new Date(f.savedAt) })),
      deps.now(),
      policy,
    );
    const removed: string[] = [];
    for (const fileName of plan.remove) {
      if (!isBackupFileName(fileName)) continue;
      try {
        await fs.unlink(path.join(folder, fileName));
        removed.push(fileName);
      } catch (error) {
        // Already gone is fine; anything else (a locked file on Windows) is retried at the next prune.
        if (isMissing(error)) removed.push(fileName);
      }
    }
    return removed;
  }

  return {
    folder,
    ensureFolder,
    list,
    prune: () => serially(pruneNow),
    write: (text) =>
      serially(async () => {
        try {
          readRegisterFile(text);
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          throw new BackupRefusal(`not a register file, no backup written: ${detail}`);
        }
        await ensureFolder();
        // Names must be unique and increasing even when two backups fall in the same millisecond.
        const stamp = Math.max(deps.now().getTime(), lastStamp + 1);
        lastStamp = stamp;
        const fileName = backupFileName(new Date(stamp));
        await fs.writeFileAtomic(path.join(folder, fileName), text);
        // The backup is written; a prune that fails (an unreadable folder entry) is tried again next time.
        await pruneNow().catch(() => []);
        return { fileName, folder };
      }),
  };
}
