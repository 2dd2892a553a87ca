/**
 * The three-way merge of registers: base (the common ancestor), ours and theirs. Records are matched by id and
 * merged field by field (mergeValue.ts); the metadata likewise. What cannot merge is a conflict, named by record and
 * field with the three values, for `ropa merge` to list and the conflict screen to show side by side; the merged
 * register holds ours there until `resolveConflicts` applies the choices. Links that point at records the merge
 * deleted are reported.
 */
import { RECORD_KINDS, RECORD_SCHEMAS, type AnyRecord, type RecordKind, type Register } from '../model/register';
import { canonicalRegister } from '../register/canonical';
import { deepEqual } from '../register/compare';
import { FILE_FORMAT, FILE_VERSION } from '../register/fileVersion';
import { danglingLinks, linkedIds, type DanglingLink } from '../register/links';
import { ownPurposeLinkFields } from '../model/recordFields';
import { readRegisterDocument } from '../register/registerFile';
import { mergeValues, type ValueConflict } from './mergeValue';
import { getAt, isPlainObject, itemId, pathText, setAt, type PathSegment } from './conflictPath';

/**
 * A link in the merged register to a record (or, `to: 'ownPurposes'`, a purpose of the same record) that one of the
 * inputs held and the merge left out.
 */
export type MergeDanglingLink = Omit<DanglingLink, 'to'> & { to: RecordKind | 'ownPurposes' };

const OWN_PURPOSE_LINKS = ownPurposeLinkFields();

/** Where a conflict is: a record kind, or the register's own metadata and settings. */
export type ConflictPlace = RecordKind | 'meta';

export interface MergeConflict {
  kind: ConflictPlace;
  /** The record's id; `''` for the metadata. */
  id: string;
  /** The record's name (ours, else theirs, else base); the register's title for the metadata. */
  recordName: string;
  /** The field as people read it (`purposes[<id>].description`, `i18n.fr.name`); `''` for the whole record. */
  path: string;
  /** The same path as segments, for `resolveConflicts` and screens. */
  at: readonly PathSegment[];
  /** The three values; `undefined` is absent (a field emptied, an item or a record deleted). */
  base: unknown;
  ours: unknown;
  theirs: unknown;
}

export interface MergeResult {
  /** Merged; where a conflict is, ours (a record deleted by us and changed by them stays deleted). */
  register: Register;
  conflicts: MergeConflict[];
  /** Links in the merged register to records (or own purposes) of the three inputs that the merge left out. */
  danglingLinks: MergeDanglingLink[];
  /** The three inputs, for showing a conflict in context and putting a chosen item back where its side had it. */
  inputs: { base: Register; ours: Register; theirs: Register };
}

type Json = Record<string, unknown>;

function recordsById(register: Json, kind: RecordKind): Map<string, Json> {
  return new Map((register[kind] as Json[]).map((record) => [record['id'] as string, record]));
}

function nameOf(...records: unknown[]): string {
  for (const record of records) {
    const name = isPlainObject(record) ? record['name'] : undefined;
    if (typeof name === 'string') return name;
  }
  return '';
}

function conflictOf(place: ConflictPlace, id: string, recordName: string, conflict: ValueConflict): MergeConflict {
  return { kind: place, id, recordName, path: pathText(conflict.at), ...conflict };
}

/**
 * Checks a merged register as a register file is checked (schema, duplicate ids): records merged from valid sides
 * are valid in practice, and a register that is not is refused whole (a `RegisterFileError`).
 */
export function checkedRegister(doc: Json): Register {
  return readRegisterDocument({ ...doc, format: FILE_FORMAT, version: FILE_VERSION }).register;
}

/** The metadata merged; conflicts name the register's title. */
export function mergeMeta(
  base: unknown,
  ours: unknown,
  theirs: unknown,
): { meta: unknown; conflicts: MergeConflict[] } {
  const { value, conflicts } = mergeValues(base, ours, theirs);
  const title = [ours, theirs, base]
    .map((m) => (isPlainObject(m) ? m['title'] : undefined))
    .find((t) => typeof t === 'string');
  return {
    meta: value,
    conflicts: conflicts.map((c) => conflictOf('meta', '', typeof title === 'string' ? title : '', c)),
  };
}

/**
 * One record merged, as the register merge does it: `base` undefined when both sides added it. The record is
 * undefined when the merge deletes it. Not checked against the schema (see `mergeRecordOf` for that).
 */
export function mergeRecord(
  kind: RecordKind,
  base: unknown,
  ours: unknown,
  theirs: unknown,
): { record: unknown; conflicts: MergeConflict[] } {
  const id = [ours, theirs, base]
    .map((r) => (isPlainObject(r) ? r['id'] : undefined))
    .find((v) => typeof v === 'string');
  const name = nameOf(ours, theirs, base);
  const recordId = typeof id === 'string' ? id : '';
  if (variantChanged(kind, base, ours, theirs)) {
    // The schema keeps only the chosen variant's fields: a field-by-field merge would silently drop what the other
    // side wrote for its variant, and a choice of theirs for the discriminant alone could not be checked. So the
    // whole record is the conflict.
    return { record: ours, conflicts: [conflictOf(kind, recordId, name, { at: [], base, ours, theirs })] };
  }
  const { value, conflicts } = mergeValues(base, ours, theirs);
  return { record: value, conflicts: conflicts.map((c) => conflictOf(kind, recordId, name, c)) };
}

/** The discriminant of a kind whose schema is a discriminated union (a legal reference's `kind`), else undefined. */
function discriminatorOf(kind: RecordKind): string | undefined {
  const def: unknown = RECORD_SCHEMAS[kind].def;
  const key = isPlainObject(def) ? def['discriminator'] : undefined;
  return typeof key === 'string' ? key : undefined;
}

/**
 * Whether both sides changed a record of a discriminated kind, differently, and the discriminant is not the same on
 * all the sides present: the variants differ, so its fields cannot merge one by one.
 */
function variantChanged(kind: RecordKind, base: unknown, ours: unknown, theirs: unknown): boolean {
  const key = discriminatorOf(kind);
  if (key === undefined || !isPlainObject(ours) || !isPlainObject(theirs)) return false;
  if (deepEqual(ours, theirs) || deepEqual(base, ours) || deepEqual(base, theirs)) return false;
  const values = [ours[key], theirs[key], ...(isPlainObject(base) ? [base[key]] : [])];
  return new Set(values).size > 1;
}

/** Ids of each kind in any of the registers. */
function knownIds(registers: readonly Register[]): Map<RecordKind, Set<string>> {
  const out = new Map<RecordKind, Set<string>>();
  for (const kind of RECORD_KINDS)
    out.set(kind, new Set(registers.flatMap((r) => (r[kind] as AnyRecord[]).map((x) => x.id))));
  return out;
}

function purposeIds(record: unknown): string[] {
  const purposes = isPlainObject(record) ? record['purposes'] : undefined;
  return Array.isArray(purposes) ? purposes.map(itemId).filter((id): id is string => id !== undefined) : [];
}

/**
 * Links of one merged record to purposes of its own that one of its input versions held and the merge removed (a
 * retention rule for a purpose now gone). What the driver can check in a single record file.
 */
export function danglingOwnPurposeLinks(
  kind: RecordKind,
  record: unknown,
  inputs: readonly unknown[],
): MergeDanglingLink[] {
  if (!isPlainObject(record) || typeof record['id'] !== 'string') return [];
  const id = record['id'];
  const out: MergeDanglingLink[] = [];
  const own = new Set(purposeIds(record));
  const known = new Set(inputs.flatMap(purposeIds));
  for (const { from, field } of OWN_PURPOSE_LINKS) {
    if (from !== kind) continue;
    for (const missingId of new Set(linkedIds(record as unknown as AnyRecord, field))) {
      if (!own.has(missingId) && known.has(missingId)) out.push({ kind, id, field, missingId, to: 'ownPurposes' });
    }
  }
  return out;
}

/** Links to purposes of the same record that the merge removed, in every record. */
function danglingPurposeLinks(register: Register, inputs: readonly Register[]): MergeDanglingLink[] {
  const kinds = new Set(OWN_PURPOSE_LINKS.map((link) => link.from));
  return [...kinds].flatMap((kind) =>
    (register[kind] as AnyRecord[]).flatMap((record) =>
      danglingOwnPurposeLinks(
        kind,
        record,
        inputs.map((input) => (input[kind] as AnyRecord[]).find((r) => r.id === record.id)),
      ),
    ),
  );
}

export function mergeRegisters(base: Register, ours: Register, theirs: Register): MergeResult {
  const [b, o, t] = [canonicalRegister(base), canonicalRegister(ours), canonicalRegister(theirs)];
  const conflicts: MergeConflict[] = [];
  const meta = mergeMeta(b['meta'], o['meta'], t['meta']);
  conflicts.push(...meta.conflicts);
  const doc: Json = { meta: meta.meta };
  for (const kind of RECORD_KINDS) {
    const [bs, os, ts] = [recordsById(b, kind), recordsById(o, kind), recordsById(t, kind)];
    const ids = [...new Set([...bs.keys(), ...os.keys(), ...ts.keys()])].sort();
    const records: unknown[] = [];
    for (const id of ids) {
      const merged = mergeRecord(kind, bs.get(id), os.get(id), ts.get(id));
      conflicts.push(...merged.conflicts);
      if (merged.record !== undefined) records.push(merged.record);
    }
    doc[kind] = records;
  }
  const register = checkedRegister(doc);
  const known = knownIds([base, ours, theirs]);
  return {
    register,
    conflicts,
    danglingLinks: [
      ...danglingLinks(register).filter((link) => known.get(link.to)?.has(link.missingId)),
      ...danglingPurposeLinks(register, [base, ours, theirs]),
    ],
    inputs: { base, ours, theirs },
  };
}

/** What the user chose for a conflict: one side's value, or a value of their own (`undefined`: absent). */
export type ConflictChoice = 'ours' | 'theirs' | { value: unknown };

/** Why choices could not be applied: a conflict without a choice. */
export class UnresolvedConflictError extends Error {
  constructor(readonly conflict: MergeConflict) {
    super(`no choice for the conflict at ${conflict.kind} ${conflict.id} ${conflict.path || '(record)'}`);
    this.name = 'UnresolvedConflictError';
  }
}

/**
 * The merged register with every conflict resolved by its choice (keyed by the conflict objects of `result`).
 * A chosen list item or record that the merge had left out comes back; one chosen absent is removed. The result is
 * checked like a register file (a `RegisterFileError` when a value of the user's own does not fit).
 */
export function resolveConflicts(result: MergeResult, choices: ReadonlyMap<MergeConflict, ConflictChoice>): Register {
  const doc = canonicalRegister(result.register);
  const sides = { ours: canonicalRegister(result.inputs.ours), theirs: canonicalRegister(result.inputs.theirs) };
  for (const conflict of result.conflicts) {
    const choice = choices.get(conflict);
    if (choice === undefined) throw new UnresolvedConflictError(conflict);
    const value = choice === 'ours' ? conflict.ours : choice === 'theirs' ? conflict.theirs : choice.value;
    const side = sides[choice === 'theirs' ? 'theirs' : 'ours'];
    if (conflict.kind === 'meta') {
      doc['meta'] = setAt(doc['meta'], conflict.at, value, (at) => listAt(side['meta'], at));
      continue;
    }
    const kind = conflict.kind;
    const records = doc[kind] as Json[];
    const index = records.findIndex((r) => r['id'] === conflict.id);
    const sideRecord = (side[kind] as Json[]).find((r) => r['id'] === conflict.id);
    const next = setAt(index === -1 ? undefined : records[index], conflict.at, value, (at) => listAt(sideRecord, at));
    // In place, so the records keep their order; a record that comes back goes last (the file sorts by id).
    if (index === -1) doc[kind] = next === undefined ? records : [...records, next];
    else doc[kind] = next === undefined ? records.filter((_r, i) => i !== index) : records.with(index, next as Json);
  }
  return checkedRegister(doc as Json);
}

function listAt(holder: unknown, at: readonly PathSegment[]): readonly unknown[] {
  const value = getAt(holder, at);
  return Array.isArray(value) ? value : [];
}
