/**
 * Settings kept in the database: who is editing (written into the history), and other per-register choices. A
 * setting the user edits is written only from the value it was changed from, like a record: a Settings screen
 * left open in one tab must not undo what another tab saved meanwhile.
 */
import { deepEqual, diffFields, type FieldChange } from '../../shared/register/compare';
import type { RegisterDatabase } from './database';

export const SETTING_USER_NAME = 'userName';
export const SETTING_ONBOARDED = 'onboarded';
/** The column mappings saved on the Import screen for spreadsheets kept elsewhere (a list of SavedMapping). */
export const SETTING_IMPORT_MAPPINGS = 'importMappings';

/** The settings or the register's metadata changed after they were loaded: nothing was written. */
export class SettingsConflictError extends Error {
  constructor(
    /** What the other writer changed since the copy was loaded (`title`, `userName`, ...). */
    readonly theirChanges: FieldChange[],
  ) {
    super(`settings were changed by someone else: ${theirChanges.map((c) => c.path).join(', ')}`);
    this.name = 'SettingsConflictError';
  }
}

export async function getSetting<T>(db: RegisterDatabase, key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

/** Writes a setting no user edits in a form (flags the app keeps for itself). */
export async function setSetting(db: RegisterDatabase, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

/**
 * Writes a setting the user edited. `base` is the value as the form loaded it (a setting never written counts as
 * `fallback`); when the stored value is no longer `base`, a SettingsConflictError is thrown and nothing is written.
 */
export async function updateSetting<T>(
  db: RegisterDatabase,
  key: string,
  next: T,
  base: T,
  fallback: T,
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await getSetting(db, key, fallback);
    if (!deepEqual(current, base)) throw new SettingsConflictError(diffFields({ [key]: base }, { [key]: current }));
    if (!deepEqual(current, next)) await db.settings.put({ key, value: next });
  });
}

export function getUserName(db: RegisterDatabase): Promise<string> {
  return getSetting(db, SETTING_USER_NAME, '');
}
