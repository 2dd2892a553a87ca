/**
 * Notices an empty database where a register used to be: when this profile holds no register but backups of one
 * exist (on disk in the desktop app, a download remembered by the browser), the app offers to restore the newest
 * instead of greeting the user as new.
 */
import type { BackupFileInfo } from '../../shared/ipc/desktopApi';
import type { Platform } from '../platform/platform';
import type { RegisterDatabase } from '../storage/database';
import { isRegisterEmpty } from '../storage/registerStore';

export type KnownBackups =
  /** Backups the desktop app wrote to disk; `newest` first of `count`. */
  | { kind: 'files'; folder: string; newest: BackupFileInfo; count: number }
  /** The browser cannot list downloads, only remember when the user last downloaded one. */
  | { kind: 'download'; lastAt: string };

export type BackupLister = Pick<Platform, 'supportsAutomaticBackups' | 'backupInfo' | 'lastManualBackupAt'>;

/** The backups to offer when the register is empty; null when it is not empty or none are known. */
export async function backupsForEmptyRegister(db: RegisterDatabase, platform: BackupLister): Promise<KnownBackups | null> {
  if (!(await isRegisterEmpty(db))) return null;
  if (platform.supportsAutomaticBackups) {
    // A folder that cannot be read is no reason to keep the user from starting: fall through.
    const info = await platform.backupInfo().catch(() => null);
    const newest = info?.files[0];
    if (info && newest) return { kind: 'files', folder: info.folder, newest, count: info.files.length };
  }
  const lastAt = platform.lastManualBackupAt();
  return lastAt ? { kind: 'download', lastAt } : null;
}
