import 'fake-indexeddb/auto';
import { withoutSourceStamps } from '../../shared/translation/legacyStamps';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { activitySchema, emptyRegister, type Activity, type Register } from '../../shared/model';
import { fingerprint } from '../../shared/register/canonical';
import { writeRegisterFile } from '../../shared/register/registerFile';
import { sampleRegister } from '../../shared/sample/sampleRegister';
import { registerArb } from '../../shared/test/arbitraries';
import { backupText, previewBackup, restoreBackup } from './backups';
import { DATABASE_NAME, RegisterDatabase } from './database';
import { recordHistory, registerHistory } from './history';
import {
  activitiesLinkedTo,
  ConflictError,
  createRecord,
  deleteRecord,
  LinkedRecordError,
  updateRecord,
} from './recordRepository';
import { loadRegister, RegisterChangedError, replaceRegister } from './registerStore';
import { setSetting, SETTING_USER_NAME } from './settings';
import { compareSnapshots, listSnapshots, restoreSnapshot, takeSnapshot } from './snapshots';

let counter = 0;
const open: RegisterDatabase[] = [];
function freshDb(): RegisterDatabase {
  const db = new RegisterDatabase(`test-${++counter}-${Date.now()}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const ID = (n: number) => `0000000a-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const activity = (n: number, extra: Partial<Activity> = {}): Activity =>
  activitySchema.parse({ id: ID(n), name: `Activity ${n}`, status: 'active', ...extra });

describe('schema versions', () => {
  it('upgrades a version 1 database with data to the current version, every record intact', async () => {
    const name = `upgrade-${Date.now()}`;
    // Version 1 exactly as the foundation slice shipped it.
    const v1 = new Dexie(name);
    v1.version(1).stores({
      meta: 'key',
      organisations: 'id, name, kind',
      activities:
        'id, name, status, nextReviewDate, *recipientIds, *processorIds, *transferIds, *dataCategoryIds, *subjectCategoryIds, *securityMeasureIds',
      processorActivities: 'id, name, status, processorOrganisationId, *controllerOrganisationIds',
      recipients: 'id, name, country',
      processors: 'id, name',
      transfers: 'id, name, country, mechanism, recipientId, processorId',
      dataCategories: 'id, name, kind',
      subjectCategories: 'id, name',
      securityMeasures: 'id, name',
      legalReferences: 'id, name, kind',
    });
    const sample = sampleRegister();
    // Written before translations had source stamps: the upgrade to version 3 stamps them as current.
    const written = withoutSourceStamps(sample);
    await v1.open();
    await v1.table('meta').put({ key: 'register', ...written.meta });
    for (const kind of Object.keys(written) as (keyof Register)[]) {
      if (kind === 'meta') continue;
      await v1.table(kind).bulkAdd(written[kind] as object[]);
    }
    v1.close();

    const db = new RegisterDatabase(name);
    open.push(db);
    await db.open();
    expect(db.verno).toBe(3);
    const loaded = await loadRegister(db);
    expect(fingerprint(loaded)).toBe(fingerprint(sample));
    // The new index answers "which activities does this controller have?" in one query.
    const controller = sample.activities[0]?.controllers[0]?.organisationId ?? '';
    const viaIndex = await activitiesLinkedTo(db, 'organisations', controller);
    const expected = sample.activities.filter((a) => a.controllers.some((c) => c.organisationId === controller));
    expect(viaIndex.map((a) => a.id).sort()).toEqual(expected.map((a) => a.id).sort());
  });
});

describe('repositories and history', () => {
  it('writes each change with its history entry: who, when, which record, fields before and after', async () => {
    const db = freshDb();
    await setSetting(db, SETTING_USER_NAME, 'An DPO');
    const created = await createRecord(db, 'activities', activity(1));
    await updateRecord(db, 'activities', { ...created, name: 'Ledenadministratie' }, created);
    const history = await recordHistory(db, 'activities', ID(1));
    expect(history.map((h) => h.action)).toEqual(['update', 'create']);
    expect(history[0]).toMatchObject({
      user: 'An DPO',
      kind: 'activities',
      recordId: ID(1),
      recordName: 'Ledenadministratie',
      changes: [{ path: 'name', before: 'Activity 1', after: 'Ledenadministratie' }],
    });
    expect(Date.parse(history[0]?.at ?? '')).not.toBeNaN();
  });

  it('a failed write leaves neither the change nor a history entry', async () => {
    const db = freshDb();
    await createRecord(db, 'activities', activity(1));
    // Adding the same id again fails inside the transaction, after the record write was attempted.
    await expect(createRecord(db, 'activities', activity(1, { name: 'Duplicate' }))).rejects.toThrow();
    // An invalid record is refused before anything is written.
    await expect(createRecord(db, 'activities', { id: ID(2), name: '' })).rejects.toThrow();
    expect(await db.activities.count()).toBe(1);
    expect((await registerHistory(db)).map((h) => h.action)).toEqual(['create']);
    expect((await db.activities.get(ID(1)))?.name).toBe('Activity 1');
  });

  it('refuses an update made from a stale copy instead of overwriting the other change', async () => {
    const db = freshDb();
    const loadedByWindowA = await createRecord(db, 'activities', activity(1));
    const loadedByWindowB = structuredClone(loadedByWindowA);
    await updateRecord(db, 'activities', { ...loadedByWindowA, name: 'Changed in A' }, loadedByWindowA);
    const attempt = updateRecord(db, 'activities', { ...loadedByWindowB, owner: 'Changed in B' }, loadedByWindowB);
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    const error = await attempt.catch((e: unknown) => e);
    expect((error as ConflictError).theirChanges).toEqual([
      { path: 'name', before: 'Activity 1', after: 'Changed in A' },
    ]);
    expect((await db.activities.get(ID(1)))?.name).toBe('Changed in A');
    expect((await db.activities.get(ID(1)))?.owner).toBeUndefined();
  });

  it('refuses to delete a record others link to, listing them, and unlinks on explicit request', async () => {
    const db = freshDb();
    const recipient = await createRecord(db, 'recipients', {
      id: ID(100),
      name: 'RIZIV',
      internal: false,
      category: 'social-security-institution',
      country: 'BE',
    });
    await createRecord(db, 'activities', activity(1, { recipientIds: [recipient.id] }));
    await createRecord(db, 'activities', activity(2, { recipientIds: [recipient.id] }));
    expect((await activitiesLinkedTo(db, 'recipients', recipient.id)).map((a) => a.name).sort()).toEqual([
      'Activity 1',
      'Activity 2',
    ]);

    const refused = await deleteRecord(db, 'recipients', recipient.id).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LinkedRecordError);
    expect((refused as LinkedRecordError).links.map((l) => l.name).sort()).toEqual(['Activity 1', 'Activity 2']);
    expect(await db.recipients.count()).toBe(1);

    const unlinked = await deleteRecord(db, 'recipients', recipient.id, { unlink: true });
    expect(unlinked).toHaveLength(2);
    expect(await db.recipients.count()).toBe(0);
    expect((await db.activities.get(ID(1)))?.recipientIds).toEqual([]);
    const actions = (await registerHistory(db)).map((h) => `${h.action} ${h.kind}`);
    expect(actions.slice(0, 3)).toEqual(['delete recipients', 'update activities', 'update activities']);
  });
});

describe('whole-register operations', () => {
  it('a restore that fails half-way leaves the old register untouched', async () => {
    const db = freshDb();
    const old = sampleRegister();
    await replaceRegister(db, old, { action: 'restore', note: 'sample' });
    const before = fingerprint(await loadRegister(db));
    const historyBefore = await db.history.count();
    const snapshotsBefore = await db.snapshots.count();

    const incoming: Register = {
      ...emptyRegister({ title: 'Other' }),
      activities: Array.from({ length: 50 }, (_, i) => activity(i + 1)),
    };
    let written = 0;
    // Simulate a failure on the 30th record written (a full disk, a bug): Dexie aborts the transaction.
    db.activities.hook('creating', () => {
      if (++written === 30) throw new Error('simulated failure on record 30');
    });
    await expect(
      replaceRegister(db, incoming, { action: 'restore', note: 'x', keepCurrentAs: 'before x' }),
    ).rejects.toThrow('simulated failure on record 30');
    expect(written).toBe(30);
    expect(fingerprint(await loadRegister(db))).toBe(before);
    expect(await db.history.count()).toBe(historyBefore);
    expect(await db.snapshots.count()).toBe(snapshotsBefore);
  });

  it('loads any register and reads it back unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(registerArb(3), async (register) => {
        const db = freshDb();
        await replaceRegister(db, register, { action: 'import', note: 'generated' });
        expect(fingerprint(await loadRegister(db))).toBe(fingerprint(register));
        await db.delete();
      }),
      { numRuns: 15 },
    );
  });

  it('restores a backup after previewing it, keeping the replaced register as a snapshot', async () => {
    const db = freshDb();
    await replaceRegister(db, emptyRegister({ title: 'Current' }), { action: 'import', note: 'x' });
    await createRecord(db, 'activities', activity(1));
    const file = writeRegisterFile(sampleRegister(), { savedAt: '2026-11-20T10:00:00.000Z' });
    const preview = previewBackup(file);
    expect(preview.counts.activities).toBe(sampleRegister().activities.length);
    expect(preview.read.savedAt).toBe('2026-11-20T10:00:00.000Z');
    await restoreBackup(db, preview, 'register-2026-11-20.ropa.json', 'Before restoring the backup');
    expect(fingerprint(await loadRegister(db))).toBe(fingerprint(sampleRegister()));
    const [kept] = await listSnapshots(db);
    expect(kept?.name).toBe('Before restoring the backup');
    expect(kept?.counts.activities).toBe(1);
    expect(previewBackup(await backupText(db)).read.fingerprint).toBe(fingerprint(sampleRegister()));
  });

  it('refuses a broken backup before touching the database', () => {
    expect(() => previewBackup('{"format":"ropa-register","version":1,"meta":')).toThrow(/not valid JSON/);
  });
});

describe('snapshots', () => {
  it('compare lists exactly the changed fields; restore brings the snapshot back and keeps the current state', async () => {
    const db = freshDb();
    await replaceRegister(db, sampleRegister(), { action: 'import', note: 'sample' });
    const target = sampleRegister().activities[0] as Activity;
    const v1 = (await db.activities.get(target.id)) as Activity;
    const loaded1 = (await loadRegister(db)).activities.find((a) => a.id === target.id) as Activity;
    await updateRecord(db, 'activities', { ...loaded1, owner: 'Dienst Ledenbeheer' }, loaded1);
    const snapshot = await takeSnapshot(db, 'As sent to the GBA on 2026-11-20');
    const loaded2 = (await loadRegister(db)).activities.find((a) => a.id === target.id) as Activity;
    await updateRecord(db, 'activities', { ...loaded2, owner: 'Dienst Leden', status: 'retired' }, loaded2);

    const diff = await compareSnapshots(db, snapshot.id, 'live');
    expect(diff.kinds.activities.changed).toHaveLength(1);
    expect(diff.kinds.activities.changed[0]?.fields).toEqual([
      { path: 'owner', before: 'Dienst Ledenbeheer', after: 'Dienst Leden' },
      { path: 'status', before: v1.status, after: 'retired' },
    ]);
    expect(diff.kinds.activities.added).toEqual([]);
    expect(diff.kinds.recipients.changed).toEqual([]);

    const kept = await restoreSnapshot(db, snapshot.id, 'Before restoring the GBA snapshot');
    expect(fingerprint(await loadRegister(db))).toBe(snapshot.fingerprint);
    expect(kept?.name).toBe('Before restoring the GBA snapshot');
    const back = await compareSnapshots(db, kept?.id ?? '', 'live');
    expect(back.kinds.activities.changed[0]?.fields.map((f) => f.path)).toEqual(['owner', 'status']);
    expect((await registerHistory(db))[0]).toMatchObject({
      action: 'snapshot-restore',
      note: 'As sent to the GBA on 2026-11-20',
    });
  });

  it('applies an import only while the register is the one its preview was made from', async () => {
    const db = freshDb();
    await replaceRegister(db, sampleRegister(), { action: 'import', note: 'sample' });
    const previewedFrom = await loadRegister(db);
    const incoming = emptyRegister();
    // Meanwhile, another window changes an activity.
    const activity = previewedFrom.activities[0] as Activity;
    await updateRecord(db, 'activities', { ...activity, owner: 'Changed meanwhile' }, activity);
    await expect(
      replaceRegister(db, incoming, { action: 'import', note: 'file', basedOn: previewedFrom }),
    ).rejects.toBeInstanceOf(RegisterChangedError);
    const stored = await loadRegister(db);
    expect(stored.activities.find((a) => a.id === activity.id)?.owner).toBe('Changed meanwhile');
    // Planned again from what is stored, it applies.
    await replaceRegister(db, incoming, { action: 'import', note: 'file', basedOn: stored });
    expect((await loadRegister(db)).activities).toEqual([]);
  });

  it('compares a snapshot taken before translations had source stamps without listing every translation as changed', async () => {
    const db = freshDb();
    await replaceRegister(db, sampleRegister(), { action: 'import', note: 'sample' });
    const snapshot = await takeSnapshot(db, 'Before the upgrade');
    // As a version 2 database kept it: the same register, its translations unstamped.
    await db.snapshotContents.put({ id: snapshot.id, register: withoutSourceStamps(sampleRegister()) });
    const diff = await compareSnapshots(db, snapshot.id, 'live');
    for (const kind of Object.values(diff.kinds)) expect(kind.changed).toEqual([]);
    expect(diff.meta).toEqual([]);
  });
});

describe('default database', () => {
  it('is named after the app, so the data stays put across versions', () => {
    expect(DATABASE_NAME).toBe('ropa-desk');
  });
});
