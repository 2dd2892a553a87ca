/** Settings kept in the database: who is editing (written into the history), and other per-register choices. */
import type { RegisterDatabase } from './database';

export const SETTING_USER_NAME = 'userName';
export const SETTING_ONBOARDED = 'onboarded';

export async function getSetting<T>(db: RegisterDatabase, key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function setSetting(db: RegisterDatabase, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

export function getUserName(db: RegisterDatabase): Promise<string> {
  return getSetting(db, SETTING_USER_NAME, '');
}
