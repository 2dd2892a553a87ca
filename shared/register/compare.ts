/**
 * What changed between two versions of a register (two snapshots, or a snapshot and the live register):
 * records added, removed and changed, and for a changed record each field with its value before and after.
 * Plain objects are compared field by field (`dpia.status`, `i18n.fr.name`); lists are compared whole, since a
 * list's meaning is its content and order.
 */
import { RECORD_KINDS, type AnyRecord, type RecordKind, type Register } from '../model/register';

export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

export interface RecordRef {
  id: string;
  name: string;
}

export interface ChangedRecord extends RecordRef {
  fields: FieldChange[];
}

export interface KindDiff {
  added: RecordRef[];
  removed: RecordRef[];
  changed: ChangedRecord[];
}

export interface RegisterDiff {
  meta: FieldChange[];
  kinds: Record<RecordKind, KindDiff>;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!deepEqual(a[key], b[key])) return false;
    return true;
  }
  return false;
}

/** The fields that differ between two values of the same record. Empty lists count as absent. */
export function diffFields(before: unknown, after: unknown, prefix = ''): FieldChange[] {
  const norm = (v: unknown) => (Array.isArray(v) && v.length === 0 ? undefined : v);
  const a = norm(before);
  const b = norm(after);
  if (deepEqual(a, b)) return [];
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((key) => diffFields(a[key], b[key], prefix ? `${prefix}.${key}` : key));
  }
  return [{ path: prefix || '(value)', before: a, after: b }];
}

function diffKind(before: readonly AnyRecord[], after: readonly AnyRecord[]): KindDiff {
  const beforeById = new Map(before.map((r) => [r.id, r]));
  const afterById = new Map(after.map((r) => [r.id, r]));
  const ref = (r: AnyRecord): RecordRef => ({ id: r.id, name: r.name });
  const byName = (x: RecordRef, y: RecordRef) => x.name.localeCompare(y.name) || x.id.localeCompare(y.id);
  const changed: ChangedRecord[] = [];
  for (const record of after) {
    const old = beforeById.get(record.id);
    if (!old) continue;
    const fields = diffFields(old, record);
    if (fields.length > 0) changed.push({ ...ref(record), fields });
  }
  return {
    added: after
      .filter((r) => !beforeById.has(r.id))
      .map(ref)
      .sort(byName),
    removed: before
      .filter((r) => !afterById.has(r.id))
      .map(ref)
      .sort(byName),
    changed: changed.sort(byName),
  };
}

export function compareRegisters(before: Register, after: Register): RegisterDiff {
  const kinds = {} as Record<RecordKind, KindDiff>;
  for (const kind of RECORD_KINDS) kinds[kind] = diffKind(before[kind], after[kind]);
  return { meta: diffFields(before.meta, after.meta), kinds };
}

export function isUnchanged(diff: RegisterDiff): boolean {
  return (
    diff.meta.length === 0 &&
    RECORD_KINDS.every(
      (k) => diff.kinds[k].added.length + diff.kinds[k].removed.length + diff.kinds[k].changed.length === 0,
    )
  );
}

/** How many records of each kind a register holds: shown before a restore and on covers. */
export function countRecords(register: Register): Record<RecordKind, number> {
  const counts = {} as Record<RecordKind, number>;
  for (const kind of RECORD_KINDS) counts[kind] = register[kind].length;
  return counts;
}
