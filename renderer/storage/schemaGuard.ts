/**
 * Refuses a database written by a newer version of the app before anything opens it. Dexie 4 does not: on a
 * higher stored version it swallows IndexedDB's VersionError, opens the database at that version and re-creates
 * the stores the newer schema removed. So the version is read first with a schema-less, read-only connection,
 * together with the schema stamp every version writes into the settings (its storage schema and app version).
 */
import Dexie from 'dexie';
import type { RegisterDatabase } from './database';

/**
 * The storage schema this build reads and writes. Raise it with every Dexie `version(n)`, and also when records
 * change shape without a new index, so an older build refuses such a database.
 */
export const STORAGE_SCHEMA_VERSION = 3;
export const SETTING_SCHEMA_STAMP = 'schemaStamp';

/** Written into the settings by the build that opened the database last. */
export interface SchemaStamp {
  schemaVersion: number;
  appVersion: string;
  /** ISO timestamp. */
  writtenAt: string;
}

/** What is known about the newer build that wrote a refused database. */
export interface NewerWriter {
  schemaVersion: number;
  appVersion?: string;
  writtenAt?: string;
}

export type OpenResult = { status: 'open' } | { status: 'newer'; found: NewerWriter; supported: number };

function asStamp(value: unknown): SchemaStamp | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { schemaVersion, appVersion, writtenAt } = value as Record<string, unknown>;
  if (typeof schemaVersion !== 'number' || !Number.isFinite(schemaVersion)) return undefined;
  return {
    schemaVersion,
    appVersion: typeof appVersion === 'string' ? appVersion : '',
    writtenAt: typeof writtenAt === 'string' ? writtenAt : '',
  };
}

/** Dexie stores version n as native version 10n, plus one per schema patch it applied: 21 is still version 2. */
function dexieVersionOf(nativeVersion: number): number {
  return Math.floor(nativeVersion / 10);
}

interface Probe {
  dexieVersion: number;
  stamp: SchemaStamp | undefined;
}

/**
 * Opens the database `name` as it is, without a schema, or returns null when there is none. Where the browser lists
 * its databases, a missing one is not even opened: Dexie would create it and delete it again, and that deletion
 * could hit a database another tab creates in the same moment.
 */
export async function openAsItIs(name: string): Promise<Dexie | null> {
  const listed = await indexedDB.databases?.().catch(() => undefined);
  if (listed && !listed.some((d) => d.name === name)) return null;
  // Without a declared version Dexie opens whatever is there and upgrades nothing.
  const raw = new Dexie(name);
  try {
    await raw.open();
    return raw;
  } catch (error) {
    if (error instanceof Error && error.name === Dexie.errnames.NoSuchDatabase) return null;
    throw error;
  }
}

/** Reads the stored version and stamp without declaring a schema; null when the database does not exist. */
async function probe(name: string): Promise<Probe | null> {
  const raw = await openAsItIs(name);
  if (!raw) return null;
  try {
    const idb = raw.backendDB();
    const stamp = idb.objectStoreNames.contains('settings')
      ? asStamp((await raw.table<{ key: string; value: unknown }, string>('settings').get(SETTING_SCHEMA_STAMP))?.value)
      : undefined;
    return { dexieVersion: dexieVersionOf(idb.version), stamp };
  } finally {
    raw.close();
  }
}

function newerWriter(found: Probe | null): NewerWriter | null {
  if (!found) return null;
  const stampVersion = found.stamp?.schemaVersion ?? 0;
  const schemaVersion = Math.max(found.dexieVersion, stampVersion);
  if (schemaVersion <= STORAGE_SCHEMA_VERSION) return null;
  // The stamp names the build only when it is the one that wrote this schema.
  if (!found.stamp || stampVersion < schemaVersion) return { schemaVersion };
  return {
    schemaVersion,
    ...(found.stamp.appVersion ? { appVersion: found.stamp.appVersion } : {}),
    ...(found.stamp.writtenAt ? { writtenAt: found.stamp.writtenAt } : {}),
  };
}

/** Whether the database `name` was written by a newer build; read-only. */
export async function findNewerWriter(name: string): Promise<NewerWriter | null> {
  return newerWriter(await probe(name));
}

const opening = new WeakMap<RegisterDatabase, Promise<OpenResult>>();

/**
 * Opens the app's database unless a newer build wrote it. On 'newer' the database was neither opened nor
 * written. On 'open' the stamp names this build (written only when it changed). Calls while one is under way share
 * it, so two checks never race each other (React runs effects twice in development).
 */
export function openRegisterDatabase(db: RegisterDatabase, appVersion: string): Promise<OpenResult> {
  const pending = opening.get(db);
  if (pending) return pending;
  const run = checkAndOpen(db, appVersion).finally(() => opening.delete(db));
  opening.set(db, run);
  return run;
}

async function checkAndOpen(db: RegisterDatabase, appVersion: string): Promise<OpenResult> {
  const refused = (found: NewerWriter): OpenResult => ({ status: 'newer', found, supported: STORAGE_SCHEMA_VERSION });
  const before = await findNewerWriter(db.name);
  if (before) return refused(before);
  try {
    await db.open();
  } catch (error) {
    // A newer build upgraded the database between the check and the open.
    const now = await findNewerWriter(db.name);
    if (now) return refused(now);
    throw error;
  }
  const outcome = await db.transaction('rw', db.settings, async (): Promise<NewerWriter | null> => {
    const stamp = asStamp((await db.settings.get(SETTING_SCHEMA_STAMP))?.value);
    if (stamp && stamp.schemaVersion > STORAGE_SCHEMA_VERSION) return newerWriter({ dexieVersion: 0, stamp });
    if (stamp?.schemaVersion === STORAGE_SCHEMA_VERSION && stamp.appVersion === appVersion) return null;
    const next: SchemaStamp = { schemaVersion: STORAGE_SCHEMA_VERSION, appVersion, writtenAt: new Date().toISOString() };
    await db.settings.put({ key: SETTING_SCHEMA_STAMP, value: next });
    return null;
  });
  if (outcome) {
    db.close();
    return refused(outcome);
  }
  return { status: 'open' };
}

/**
 * Calls `onClosed` when another tab or window upgrades the database past this build's schema or deletes it. Dexie
 * then closes this connection; the app's database does not reopen itself, so nothing is written meanwhile.
 */
export function watchForNewerVersion(db: RegisterDatabase, onClosed: (reason: 'newer' | 'deleted') => void): () => void {
  const listener = (event: IDBVersionChangeEvent) => {
    if (event.newVersion === null) onClosed('deleted');
    else if (dexieVersionOf(event.newVersion) > STORAGE_SCHEMA_VERSION) onClosed('newer');
  };
  db.on('versionchange', listener);
  return () => db.on('versionchange').unsubscribe(listener);
}
