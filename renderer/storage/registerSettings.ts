/**
 * What the Settings screen edits — the user's name and the register's metadata — loaded and saved as one copy,
 * so a save from a copy that is no longer current is refused as a whole and never half-written.
 */
import { deepEqual, diffFields } from '../../shared/register/compare';
import type { RegisterMeta } from '../../shared/model';
import type { RegisterDatabase } from './database';
import { updateMeta } from './recordRepository';
import { getUserName, SETTING_USER_NAME, SettingsConflictError, updateSetting } from './settings';

export interface RegisterSettings {
  userName: string;
  /** Undefined while the database holds no register. */
  meta: RegisterMeta | undefined;
}

export async function loadRegisterSettings(db: RegisterDatabase): Promise<RegisterSettings> {
  return db.transaction('r', [db.meta, db.settings], () => readRegisterSettings(db));
}

/**
 * The same reads without a transaction of their own, for `useLiveQuery`: Dexie does not follow what a query reads
 * inside an explicit transaction, so a live query built on `loadRegisterSettings` never saw a later save.
 */
export async function readRegisterSettings(db: RegisterDatabase): Promise<RegisterSettings> {
  const row = await db.meta.get('register');
  return { userName: await getUserName(db), meta: row ? (({ key: _key, ...meta }) => meta)(row) : undefined };
}

/** Flat, so a conflict names `userName`, `title`, `organisationName` side by side. */
export function flatSettings(settings: RegisterSettings): Record<string, unknown> {
  return { userName: settings.userName, ...settings.meta };
}

/**
 * Saves the Settings form. `base` is what the form loaded; when either part changed since, nothing is written and
 * the SettingsConflictError lists every field the other writer changed. Returns the settings as stored.
 */
export async function saveRegisterSettings(
  db: RegisterDatabase,
  next: { userName: string; meta: RegisterMeta },
  base: RegisterSettings,
): Promise<RegisterSettings> {
  return db.transaction('rw', [db.meta, db.history, db.settings], async () => {
    const current = await loadRegisterSettings(db);
    if (!deepEqual(current, base))
      throw new SettingsConflictError(diffFields(flatSettings(base), flatSettings(current)));
    await updateSetting(db, SETTING_USER_NAME, next.userName, base.userName, '');
    await updateMeta(db, next.meta, base.meta);
    return loadRegisterSettings(db);
  });
}
