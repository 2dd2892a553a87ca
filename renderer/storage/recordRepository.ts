/**
 * The only code that writes records. Every write is one Dexie transaction that validates the record against
 * the shared schema, writes it, and appends its history entry: either all of it is stored or none of it.
 * Updates carry the version the editor started from; when someone else (another window or tab) changed the
 * record meanwhile, the write is refused with a conflict instead of silently overwriting their change.
 */
import {
  RECORD_SCHEMAS,
  type AnyRecord,
  type RecordKind,
  type RegisterMeta,
  registerMetaSchema,
} from '../../shared/model';
import { deepEqual, diffFields, type FieldChange } from '../../shared/register/compare';
import { usedBy, withoutLinksTo, type LinkRef } from '../../shared/register/links';
import { META_TRANSLATABLE_FIELDS, stampHolder, stampRecord } from '../../shared/translation';
import type { RegisterDatabase } from './database';
import type { HistoryEntry } from './history';
import { loadRegister } from './registerStore';
import { getUserName, SettingsConflictError } from './settings';
import { fromStored, toStored } from './storedRecord';

/** Someone else changed the record after it was opened: their change and ours are both shown, nothing is lost. */
export class ConflictError extends Error {
  constructor(
    readonly kind: RecordKind,
    readonly id: string,
    /** Fields the other writer changed since the editor loaded the record. */
    readonly theirChanges: FieldChange[],
    readonly current: AnyRecord | undefined,
  ) {
    super(`${kind} ${id} was changed by someone else`);
    this.name = 'ConflictError';
  }
}

/** The record is still linked from others; deleting it would leave dangling links. */
export class LinkedRecordError extends Error {
  constructor(
    readonly kind: RecordKind,
    readonly id: string,
    readonly links: LinkRef[],
  ) {
    super(`${kind} ${id} is used by ${links.length} record(s)`);
    this.name = 'LinkedRecordError';
  }
}

export class RecordNotFoundError extends Error {
  constructor(
    readonly kind: RecordKind,
    readonly id: string,
  ) {
    super(`${kind} ${id} does not exist`);
    this.name = 'RecordNotFoundError';
  }
}

function parseRecord<K extends RecordKind>(kind: K, input: unknown): AnyRecord {
  return RECORD_SCHEMAS[kind].parse(input) as AnyRecord;
}

async function entry(db: RegisterDatabase, fields: Omit<HistoryEntry, 'at' | 'user' | 'seq'>): Promise<HistoryEntry> {
  return { at: new Date().toISOString(), user: await getUserName(db), ...fields };
}

async function readCurrent(db: RegisterDatabase, kind: RecordKind, id: string): Promise<AnyRecord | undefined> {
  const row = (await db.recordTable(kind).get(id)) as AnyRecord | undefined;
  return row ? fromStored(kind, row) : undefined;
}

/** Adds a record (its id included); returns it as stored, with schema defaults filled in. */
export async function createRecord(db: RegisterDatabase, kind: RecordKind, input: unknown): Promise<AnyRecord> {
  const record = stampRecord(kind, undefined, parseRecord(kind, input));
  await db.transaction('rw', [db.recordTable(kind), db.history, db.settings], async () => {
    await db.recordTable(kind).add(toStored(kind, record) as { id: string; name: string });
    await db.history.add(
      await entry(db, {
        action: 'create',
        kind,
        recordId: record.id,
        recordName: record.name,
        changes: diffFields({}, record),
      }),
    );
  });
  return record;
}

/**
 * Replaces a record with `next`. `base` is the record as the editor loaded it: when the stored record no
 * longer equals it, a ConflictError is thrown and nothing is written. Writing an unchanged record writes
 * nothing and adds no history entry.
 */
export async function updateRecord(
  db: RegisterDatabase,
  kind: RecordKind,
  next: unknown,
  base: AnyRecord,
): Promise<AnyRecord> {
  const parsed = parseRecord(kind, next);
  if (parsed.id !== base.id) throw new Error('an update cannot change the id of a record');
  let record = parsed;
  await db.transaction('rw', [db.recordTable(kind), db.history, db.settings], async () => {
    const current = await readCurrent(db, kind, parsed.id);
    if (!current) throw new RecordNotFoundError(kind, parsed.id);
    if (!deepEqual(current, base)) throw new ConflictError(kind, parsed.id, diffFields(base, current), current);
    // The translations' source stamps follow the edit: a changed main text leaves its translations outdated.
    record = stampRecord(kind, current, parsed);
    const changes = diffFields(current, record);
    if (changes.length === 0) return;
    await db.recordTable(kind).put(toStored(kind, record) as { id: string; name: string });
    await db.history.add(
      await entry(db, { action: 'update', kind, recordId: record.id, recordName: record.name, changes }),
    );
  });
  return record;
}

export interface DeleteOptions {
  /** Remove the links to this record from the records that use it (each gets its own history entry). */
  unlink?: boolean;
}

/**
 * Deletes a record. When others link to it, the delete is refused with the list of them, unless `unlink` was
 * chosen explicitly. Returns the records that were unlinked.
 */
export async function deleteRecord(
  db: RegisterDatabase,
  kind: RecordKind,
  id: string,
  options: DeleteOptions = {},
): Promise<LinkRef[]> {
  let unlinked: LinkRef[] = [];
  await db.transaction('rw', [...db.registerTables(), db.history, db.settings], async () => {
    const current = await readCurrent(db, kind, id);
    if (!current) throw new RecordNotFoundError(kind, id);
    const register = await loadRegister(db);
    const links = usedBy(register, kind, id).filter((ref) => !(ref.kind === kind && ref.id === id));
    if (links.length > 0 && !options.unlink) throw new LinkedRecordError(kind, id, links);
    for (const ref of links) {
      const holder = (register[ref.kind] as AnyRecord[]).find((r) => r.id === ref.id);
      if (!holder) continue;
      const cleaned = withoutLinksTo(holder, ref.kind, kind, id);
      const changes = diffFields(holder, cleaned);
      if (changes.length === 0) continue;
      await db.recordTable(ref.kind).put(toStored(ref.kind, cleaned) as { id: string; name: string });
      await db.history.add(
        await entry(db, { action: 'update', kind: ref.kind, recordId: holder.id, recordName: holder.name, changes }),
      );
    }
    // A record may link to itself (a processor listed as its own sub-processor): nothing to clean then.
    await db.recordTable(kind).delete(id);
    await db.history.add(
      await entry(db, {
        action: 'delete',
        kind,
        recordId: id,
        recordName: current.name,
        changes: diffFields(current, {}),
      }),
    );
    unlinked = links;
  });
  return unlinked;
}

/**
 * Changes the register's metadata (title, main language, organisation name). `base` is the metadata as the
 * Settings screen loaded it (undefined when there was none): when the stored metadata is no longer `base` — a
 * restore, an import or another Settings tab wrote it meanwhile — a SettingsConflictError is thrown and nothing is
 * written, exactly as for records.
 */
export async function updateMeta(
  db: RegisterDatabase,
  next: RegisterMeta,
  base: RegisterMeta | undefined,
): Promise<RegisterMeta> {
  const parsed = registerMetaSchema.parse(next);
  let meta = parsed;
  await db.transaction('rw', [db.meta, db.history, db.settings], async () => {
    const row = await db.meta.get('register');
    const current = row ? (({ key: _k, ...m }) => m)(row) : undefined;
    if (!deepEqual(current, base)) throw new SettingsConflictError(diffFields(base ?? {}, current ?? {}));
    meta = stampHolder(current, parsed, META_TRANSLATABLE_FIELDS);
    const changes = diffFields(current ?? {}, meta);
    if (changes.length === 0) return;
    await db.meta.put({ key: 'register', ...meta });
    await db.history.add(await entry(db, { action: 'meta', kind: 'meta', changes }));
  });
  return meta;
}

/** Activities that link to a record, through the indexes: "used by" without reading the whole register. */
export async function activitiesLinkedTo(
  db: RegisterDatabase,
  kind: RecordKind,
  id: string,
): Promise<{ id: string; name: string }[]> {
  const index: Partial<Record<RecordKind, string>> = {
    recipients: 'recipientIds',
    processors: 'processorIds',
    transfers: 'transferIds',
    dataCategories: 'dataCategoryIds',
    subjectCategories: 'subjectCategoryIds',
    securityMeasures: 'securityMeasureIds',
    organisations: 'controllerIds',
  };
  const field = index[kind];
  if (!field) return [];
  const rows = await db.activities.where(field).equals(id).toArray();
  return rows.map((r) => ({ id: r.id, name: r.name }));
}
