// Finding 1 of the adversarial test, in storage: register metadata and settings written from a stale copy.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyRegister, type RegisterMeta } from '../../shared/model';
import { fingerprint } from '../../shared/register/canonical';
import { sampleRegister } from '../../shared/sample/sampleRegister';
import { RegisterDatabase } from './database';
import { registerHistory } from './history';
import { updateMeta } from './recordRepository';
import { loadRegister, replaceRegister } from './registerStore';
import { loadRegisterSettings, saveRegisterSettings } from './registerSettings';
import { getUserName, SettingsConflictError, SETTING_USER_NAME, setSetting, updateSetting } from './settings';

let counter = 0;
const names: string[] = [];
function freshName(): string {
  const name = `safety-${++counter}-${Date.now()}`;
  names.push(name);
  return name;
}
const opened: Dexie[] = [];
function freshDb(): RegisterDatabase {
  const db = new RegisterDatabase(freshName());
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function metaOf(db: RegisterDatabase): Promise<RegisterMeta | undefined> {
  return db.meta.get('register').then((row) => (row ? (({ key: _key, ...meta }) => meta)(row) : undefined));
}

describe('finding 1: lost register data — settings saved from a stale copy', () => {
  it('finding 1: a settings save from a copy loaded before a restore is refused and the restored register stays', async () => {
    const db = freshDb();
    await replaceRegister(db, emptyRegister({ title: 'Old title', organisationName: 'Old org' }), { action: 'import', note: 'x' });
    // The Settings tab loads the metadata; then another tab restores a backup.
    const loadedBySettings = await metaOf(db);
    await replaceRegister(db, sampleRegister(), { action: 'restore', note: 'backup.ropa.json', keepCurrentAs: 'before' });
    const restored = await metaOf(db);

    const save = updateMeta(db, { ...(loadedBySettings as RegisterMeta), mainLanguage: 'fr' }, loadedBySettings);
    await expect(save).rejects.toBeInstanceOf(SettingsConflictError);
    const error = (await save.catch((e: unknown) => e)) as SettingsConflictError;
    expect(error.theirChanges.map((c) => c.path)).toContain('title');
    expect(await metaOf(db)).toEqual(restored);
    expect(fingerprint(await loadRegister(db))).toBe(fingerprint(sampleRegister()));
  });

  it('finding 1: with two Settings tabs, the second save is refused instead of silently undoing the first', async () => {
    const db = freshDb();
    await replaceRegister(db, emptyRegister({ title: 'Register' }), { action: 'import', note: 'x' });
    const tabA = await metaOf(db);
    const tabB = await metaOf(db);
    await updateMeta(db, { ...(tabA as RegisterMeta), title: 'Changed in tab A' }, tabA);
    const second = updateMeta(db, { ...(tabB as RegisterMeta), organisationName: 'Set in tab B' }, tabB);
    const error = (await second.catch((e: unknown) => e)) as SettingsConflictError;
    expect(error).toBeInstanceOf(SettingsConflictError);
    expect(error.theirChanges).toEqual([{ path: 'title', before: 'Register', after: 'Changed in tab A' }]);
    expect(await metaOf(db)).toMatchObject({ title: 'Changed in tab A' });
    expect((await metaOf(db))?.organisationName).toBeUndefined();
    expect((await registerHistory(db)).filter((h) => h.action === 'meta')).toHaveLength(1);
  });

  it('finding 1: a setting is written only from the value it was changed from', async () => {
    const db = freshDb();
    await setSetting(db, SETTING_USER_NAME, 'An');
    await updateSetting(db, SETTING_USER_NAME, 'An DPO', 'An', '');
    const stale = updateSetting(db, SETTING_USER_NAME, 'Bert', 'An', '');
    await expect(stale).rejects.toBeInstanceOf(SettingsConflictError);
    expect(await getUserName(db)).toBe('An DPO');
    // A setting never written counts as its fallback, so a first save from a fresh form is not a conflict.
    await updateSetting(db, 'somethingNew', true, false, false);
  });

  it('finding 1: saving the Settings form writes the user name and the metadata together, or neither', async () => {
    const db = freshDb();
    await replaceRegister(db, emptyRegister({ title: 'Register' }), { action: 'import', note: 'x' });
    const base = await loadRegisterSettings(db);
    expect(base).toEqual({ userName: '', meta: await metaOf(db) });
    await updateSetting(db, SETTING_USER_NAME, 'Someone else', '', '');
    const save = saveRegisterSettings(db, { userName: 'Me', meta: { ...(base.meta as RegisterMeta), title: 'Mine' } }, base);
    const error = (await save.catch((e: unknown) => e)) as SettingsConflictError;
    expect(error).toBeInstanceOf(SettingsConflictError);
    expect(error.theirChanges).toEqual([{ path: 'userName', before: '', after: 'Someone else' }]);
    expect(await metaOf(db)).toMatchObject({ title: 'Register' });

    const fresh = await loadRegisterSettings(db);
    const saved = await saveRegisterSettings(db, { userName: 'Me', meta: { ...(fresh.meta as RegisterMeta), title: 'Mine' } }, fresh);
    expect(saved).toEqual(await loadRegisterSettings(db));
    expect(saved).toMatchObject({ userName: 'Me', meta: { title: 'Mine' } });
  });
});
