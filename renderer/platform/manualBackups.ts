/**
 * When the user last made a backup by hand, kept in localStorage (this browser profile only). The browser cannot
 * write backups silently, so the UI reminds the user when this is older than a week.
 */

const LAST_MANUAL_BACKUP_KEY = 'ropa-desk.lastManualBackupAt';

/** How old the last manual backup may get before the UI reminds a browser user to download one. */
export const MANUAL_BACKUP_REMINDER_DAYS = 7;

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage disabled (privacy settings): there is simply nothing remembered.
    return null;
  }
}

export function readLastManualBackupAt(storage: StorageLike | null = defaultStorage()): string | null {
  try {
    const value = storage?.getItem(LAST_MANUAL_BACKUP_KEY) ?? null;
    return value !== null && !Number.isNaN(Date.parse(value)) ? value : null;
  } catch {
    return null;
  }
}

export function recordManualBackup(at: Date, storage: StorageLike | null = defaultStorage()): void {
  try {
    storage?.setItem(LAST_MANUAL_BACKUP_KEY, at.toISOString());
  } catch {
    // Quota or privacy settings: the reminder will simply show again.
  }
}

/** True when the user should be reminded to download a backup: never made one, or the last is over a week old. */
export function manualBackupOverdue(lastManualBackupAt: string | null, now: Date): boolean {
  if (lastManualBackupAt === null) return true;
  const age = now.getTime() - Date.parse(lastManualBackupAt);
  return !(age < MANUAL_BACKUP_REMINDER_DAYS * 24 * 60 * 60 * 1000);
}
