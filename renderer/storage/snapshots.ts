/**
 * Snapshots: named, dated, read-only copies of the whole register ("as sent to the GBA on 2026-11-20"), with
 * their fingerprint. They can be listed, compared with each other or with the live register, exported, and
 * restored as the live register — after the current state has itself been kept as a snapshot.
 */
import { stampLegacyTranslations } from '../../shared/translation/legacyStamps';
import { compareRegisters, type RegisterDiff } from '../../shared/register/compare';
import type { Register } from '../../shared/model';
import type { RegisterDatabase } from './database';
import { loadRegister, replaceRegister, storeSnapshot } from './registerStore';
import type { SnapshotInfo } from './snapshotTypes';

export async function takeSnapshot(db: RegisterDatabase, name: string): Promise<SnapshotInfo> {
  if (name.trim() === '') throw new Error('a snapshot needs a name');
  return db.transaction('rw', [...db.registerTables(), db.snapshots, db.snapshotContents, db.settings], async () =>
    storeSnapshot(db, name, await loadRegister(db)),
  );
}

/** Snapshots, newest first. */
export function listSnapshots(db: RegisterDatabase): Promise<SnapshotInfo[]> {
  return db.snapshots.orderBy('takenAt').reverse().toArray();
}

export async function snapshotRegister(db: RegisterDatabase, id: string): Promise<Register> {
  const content = await db.snapshotContents.get(id);
  if (!content) throw new Error(`snapshot ${id} does not exist`);
  return content.register;
}

/** Compares a snapshot (`beforeId`) with another snapshot, or with the live register when `afterId` is 'live'. */
export async function compareSnapshots(db: RegisterDatabase, beforeId: string, afterId: string): Promise<RegisterDiff> {
  const before = await snapshotRegister(db, beforeId);
  const after =
    afterId === 'live'
      ? await db.transaction('r', db.registerTables(), () => loadRegister(db))
      : await snapshotRegister(db, afterId);
  // A snapshot taken before translations had source stamps holds them unstamped (current): stamped alike for the
  // comparison only, so each translation is not listed as changed for its stamp alone.
  return compareRegisters(stampLegacyTranslations(before), stampLegacyTranslations(after));
}

/** Makes a snapshot the live register, keeping the current state as a snapshot named `keepCurrentAs`. */
export async function restoreSnapshot(
  db: RegisterDatabase,
  id: string,
  keepCurrentAs: string,
): Promise<SnapshotInfo | null> {
  const info = await db.snapshots.get(id);
  if (!info) throw new Error(`snapshot ${id} does not exist`);
  const register = await snapshotRegister(db, id);
  return replaceRegister(db, register, {
    action: 'snapshot-restore',
    note: info.name,
    keepCurrentAs,
    fingerprint: info.fingerprint,
  });
}

export async function deleteSnapshot(db: RegisterDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.snapshots, db.snapshotContents], async () => {
    await db.snapshots.delete(id);
    await db.snapshotContents.delete(id);
  });
}
