// Finding 2 of the adversarial test, in storage: a database written by a newer version is neither opened nor
// written, and what it holds can still be read out.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../../shared/register/canonical';
import { readRegisterFile } from '../../shared/register/registerFile';
import { sampleRegister } from '../../shared/sample/sampleRegister';
import { db as appDb, RegisterDatabase } from './database';
import { readRawDatabase, rawDatabaseDump, registerFileText, registerFromRaw, type RawDatabase } from './rawExport';
import { loadRegister, replaceRegister } from './registerStore';
import { openRegisterDatabase, SETTING_SCHEMA_STAMP, STORAGE_SCHEMA_VERSION, type SchemaStamp } from './schemaGuard';

let counter = 0;
const names: string[] = [];
function freshName(): string {
  const name = `safety-${++counter}-${Date.now()}`;
  names.push(name);
  return name;
}
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function mustRead(name: string): Promise<RawDatabase> {
  const raw = await readRawDatabase(name);
  if (!raw) throw new Error(`database ${name} does not exist`);
  return raw;
}

/** What IndexedDB itself holds, read without Dexie: version, stores, and every row. */
async function nativeState(name: string): Promise<{ version: number; stores: string[]; rows: Record<string, unknown[]> }> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const stores = [...idb.objectStoreNames].sort();
  const rows: Record<string, unknown[]> = {};
  for (const store of stores) {
    rows[store] = await new Promise<unknown[]>((resolve, reject) => {
      const request = idb.transaction(store, 'readonly').objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error);
    });
  }
  idb.close();
  return { version: idb.version, stores, rows };
}

/**
 * A database as a future version might leave it: Dexie version 4, a store this version does not know, one it
 * still expects removed, an activity whose name is no longer a string, and that version's schema stamp.
 */
async function newerDatabase(name: string): Promise<void> {
  const future = new Dexie(name);
  future.version(4).stores({
    meta: 'key',
    organisations: 'id',
    activities: 'id, kind',
    settings: 'key',
    history: '++seq',
    reviews: 'id, activityId',
  });
  await future.open();
  await future.table('meta').put({ key: 'register', title: { nl: 'Register 2027' }, mainLanguage: 'nl' });
  await future.table('activities').put({ id: 'a1', kind: 'controller', name: { nl: 'Personeelsadministratie' } });
  await future.table('reviews').put({ id: 'r1', activityId: 'a1', on: '2027-01-05' });
  const stamp: SchemaStamp = { schemaVersion: 4, appVersion: '2.0.0', writtenAt: '2027-01-05T10:00:00.000Z' };
  await future.table('settings').put({ key: SETTING_SCHEMA_STAMP, value: stamp });
  future.close();
}

describe('finding 2: a database written by a newer version is refused', () => {
  it('finding 2: the app database never opens itself, so nothing reaches it before the version check', async () => {
    expect(appDb.isOpen()).toBe(false);
    await expect(appDb.meta.get('register')).rejects.toThrow();
    expect(appDb.isOpen()).toBe(false);
  });

  it('finding 2: a database of a newer Dexie version is neither opened nor written, and says which version wrote it', async () => {
    const name = freshName();
    await newerDatabase(name);
    const before = await nativeState(name);

    const db = new RegisterDatabase(name, { autoOpen: false });
    opened.push(db);
    const result = await openRegisterDatabase(db, '0.1.0');
    expect(result).toEqual({
      status: 'newer',
      found: { schemaVersion: 4, appVersion: '2.0.0', writtenAt: '2027-01-05T10:00:00.000Z' },
      supported: STORAGE_SCHEMA_VERSION,
    });
    expect(db.isOpen()).toBe(false);
    await expect(loadRegister(db)).rejects.toThrow();
    // Nothing changed: no store re-created, no version bump, no row touched.
    expect(await nativeState(name)).toEqual(before);
    expect(before.stores).not.toContain('snapshotContents');
  });

  it('finding 2: a newer schema stamp is refused even when the Dexie version is this one', async () => {
    const name = freshName();
    const written = new RegisterDatabase(name);
    await replaceRegister(written, sampleRegister(), { action: 'import', note: 'x' });
    const stamp: SchemaStamp = { schemaVersion: STORAGE_SCHEMA_VERSION + 1, appVersion: '1.4.0', writtenAt: '2027-02-01T08:00:00.000Z' };
    await written.settings.put({ key: SETTING_SCHEMA_STAMP, value: stamp });
    written.close();
    const before = await nativeState(name);

    const db = new RegisterDatabase(name, { autoOpen: false });
    opened.push(db);
    const result = await openRegisterDatabase(db, '0.1.0');
    expect(result).toMatchObject({ status: 'newer', found: { schemaVersion: STORAGE_SCHEMA_VERSION + 1, appVersion: '1.4.0' } });
    expect(db.isOpen()).toBe(false);
    expect(await nativeState(name)).toEqual(before);
  });

  it('finding 2: a database of this version opens and is stamped with the schema and app version that wrote it', async () => {
    const name = freshName();
    const db = new RegisterDatabase(name, { autoOpen: false });
    opened.push(db);
    expect(await openRegisterDatabase(db, '0.1.0')).toEqual({ status: 'open' });
    expect(db.isOpen()).toBe(true);
    const stamp = (await db.settings.get(SETTING_SCHEMA_STAMP))?.value as SchemaStamp;
    expect(stamp).toMatchObject({ schemaVersion: STORAGE_SCHEMA_VERSION, appVersion: '0.1.0' });
    expect(STORAGE_SCHEMA_VERSION).toBeGreaterThanOrEqual(Math.floor(db.verno));
    // Opened again by the same version: the stamp is not rewritten.
    db.close();
    const again = new RegisterDatabase(name, { autoOpen: false });
    opened.push(again);
    expect(await openRegisterDatabase(again, '0.1.0')).toEqual({ status: 'open' });
    expect((await again.settings.get(SETTING_SCHEMA_STAMP))?.value).toEqual(stamp);
  });

  it('finding 2: a refused database is exported read-only, every table as JSON', async () => {
    const name = freshName();
    await newerDatabase(name);
    const before = await nativeState(name);
    const raw = await mustRead(name);
    expect(registerFromRaw(raw)).toBeNull();
    const dump = JSON.parse(rawDatabaseDump(raw, '2027-01-06T09:00:00.000Z')) as {
      format: string;
      tables: Record<string, unknown[]>;
      nativeVersion: number;
    };
    expect(dump.format).toBe('ropa-desk-database');
    expect(dump.nativeVersion).toBe(40);
    expect(dump.tables['reviews']).toEqual([{ id: 'r1', activityId: 'a1', on: '2027-01-05' }]);
    expect(dump.tables['activities']).toEqual([{ id: 'a1', kind: 'controller', name: { nl: 'Personeelsadministratie' } }]);
    expect(await nativeState(name)).toEqual(before);
  });

  it('finding 2: a refused database that still holds a register this version understands is exported as a register file', async () => {
    const name = freshName();
    const written = new RegisterDatabase(name);
    await replaceRegister(written, sampleRegister(), { action: 'import', note: 'x' });
    await written.settings.put({ key: SETTING_SCHEMA_STAMP, value: { schemaVersion: 99, appVersion: '9.0.0', writtenAt: '' } });
    written.close();
    const register = registerFromRaw(await mustRead(name));
    expect(register && fingerprint(register)).toBe(fingerprint(sampleRegister()));
  });

  it('finding 2: reading a database that does not exist creates nothing', async () => {
    const name = freshName();
    expect(await readRawDatabase(name)).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });

  it('finding 2: a register file written from the export reads back', async () => {
    const name = freshName();
    const written = new RegisterDatabase(name);
    await replaceRegister(written, sampleRegister(), { action: 'import', note: 'x' });
    written.close();
    const register = registerFromRaw(await mustRead(name));
    if (!register) throw new Error('expected a register');
    const text = registerFileText(register, '2027-01-06T09:00:00.000Z');
    expect(readRegisterFile(text).fingerprint).toBe(fingerprint(sampleRegister()));
  });
});
