/**
 * What the Settings screen edits — the user's name and the register's metadata — loaded and saved as one copy,
 * so a save from a copy that is no longer current is refused as a whole and never half-written.
 */
import { deepEqual, diffFields } from '../../shared/register/compare';
import type { RegisterMeta } from '../../shared/model';
import { savedMappingSchema } from '../../shared/spreadsheetImport/mapping/savedMapping';
import type { SavedMapping } from '../../shared/spreadsheetImport/types';
import type { RegisterDatabase } from './database';
import { updateMeta } from './recordRepository';
import {
  getSetting,
  getUserName,
  SETTING_IMPORT_MAPPINGS,
  SETTING_USER_NAME,
  SettingsConflictError,
  updateSetting,
} from './settings';

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

/**
 * The saved column mappings of the spreadsheet import, as stored. Read through the schema: an entry that no longer
 * fits it (written by an older version, or by hand) is left out instead of breaking the Import screen.
 */
export async function readImportMappings(db: RegisterDatabase): Promise<SavedMapping[]> {
  const stored = await getSetting<unknown>(db, SETTING_IMPORT_MAPPINGS, []);
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const parsed = savedMappingSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * Stores the saved mappings. `base` is the list as the screen read it: when another window changed it since,
 * nothing is written and the SettingsConflictError says so, as for every other setting a user edits.
 */
export async function saveImportMappings(
  db: RegisterDatabase,
  next: readonly SavedMapping[],
  base: readonly SavedMapping[],
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await readImportMappings(db);
    if (!deepEqual(current, base)) {
      throw new SettingsConflictError(
        diffFields({ [SETTING_IMPORT_MAPPINGS]: base }, { [SETTING_IMPORT_MAPPINGS]: current }),
      );
    }
    // Compared above as read through the schema, so an unreadable entry left in the store does not block saving.
    await db.settings.put({ key: SETTING_IMPORT_MAPPINGS, value: [...next] });
  });
}

/** The list with `mapping` added, or in place of the one with the same name (names are compared as typed, trimmed). */
export function withMapping(list: readonly SavedMapping[], mapping: SavedMapping): SavedMapping[] {
  const name = mapping.name.trim();
  const at = list.findIndex((m) => m.name.trim() === name);
  return at < 0 ? [...list, mapping] : list.map((m, i) => (i === at ? mapping : m));
}
