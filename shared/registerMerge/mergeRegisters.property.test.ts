/**
 * Properties of the register merge over generated registers: merging a register with itself changes nothing, a side
 * that changed nothing gives the other side, and changes to disjoint fields — fields and translations edited, items,
 * links and records added or dropped, fields of items and of the metadata edited — merge without a conflict into the
 * same register in either order, holding both sides' changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registerSchema, RECORD_KINDS, type RecordKind, type Register } from '../model';
import { fieldEntries } from '../model/recordFields';
import { canonicalRegister, fingerprint, sortKeysDeep } from '../register/canonical';
import { registerArb } from '../test/arbitraries';
import { mergeRegisters, resolveConflicts, type ConflictChoice, type MergeResult } from './mergeRegisters';

/**
 * One change a side can make: a field of a record, a translation, the whole record (deleted), the title or another
 * metadata field; an item, a link or a record added (each side its own ids); a field of a list item edited.
 */
type Slot =
  | { op: 'text' | 'drop' | 'flip' | 'addLink'; kind: RecordKind; id: string; field: string }
  | { op: 'translate'; kind: RecordKind; id: string }
  | { op: 'addPurpose'; kind: RecordKind; id: string }
  | { op: 'editPurpose'; kind: RecordKind; id: string; item: string }
  | { op: 'delete'; kind: RecordKind; id: string }
  | { op: 'addRecord' }
  | { op: 'title' }
  | { op: 'organisation' };

type Side = 'ours' | 'theirs';
/** Each side translates into its own language: translations of one record in two languages are disjoint changes. */
const LANGUAGE = { ours: 'de', theirs: 'nl' } as const;

function slotsOf(register: Register): Slot[] {
  const slots: Slot[] = [{ op: 'title' }, { op: 'organisation' }, { op: 'addRecord' }];
  for (const kind of RECORD_KINDS) {
    for (const record of register[kind] as unknown as Record<string, unknown>[]) {
      const id = record['id'] as string;
      slots.push({ op: 'delete', kind, id }, { op: 'translate', kind, id });
      for (const entry of fieldEntries(kind)) {
        if (entry.parent) continue;
        const type = entry.descriptor.widget.type;
        const value = record[entry.path];
        const field = entry.path;
        if (type === 'text' && entry.descriptor.translatable && typeof value === 'string')
          slots.push({ op: 'text', kind, id, field });
        else if (type === 'boolean' && typeof value === 'boolean') slots.push({ op: 'flip', kind, id, field });
        else if (Array.isArray(value) && value.length > 0) slots.push({ op: 'drop', kind, id, field });
        if (type === 'links' && Array.isArray(value)) slots.push({ op: 'addLink', kind, id, field });
      }
      const purposes = record['purposes'];
      if (kind === 'activities' && Array.isArray(purposes)) {
        slots.push({ op: 'addPurpose', kind, id });
        // The first of two or more: the last one may be dropped by the other side.
        const first = purposes[0] as { id: string } | undefined;
        if (first && purposes.length > 1) slots.push({ op: 'editPurpose', kind, id, item: first.id });
      }
    }
  }
  return slots;
}

/**
 * The record a slot changes (none for the metadata and a new record), the field it owns within it (adds: each side
 * its own), and the list it changes, where a drop and an add must not meet (an add then a drop on one side removes
 * what was added, which the same changes applied in another order do not).
 */
function placeOf(slot: Slot, side: Side): { record?: string; field: string; list?: string } {
  if (slot.op === 'title') return { field: 'meta.title' };
  if (slot.op === 'organisation') return { field: 'meta.organisationName' };
  if (slot.op === 'addRecord') return { field: `addRecord/${side}` };
  const record = `${slot.kind}/${slot.id}`;
  if (slot.op === 'delete') return { record, field: record };
  if (slot.op === 'translate') return { record, field: `${record}/i18n.${LANGUAGE[side]}` };
  if (slot.op === 'addPurpose') return { record, field: `${record}/purposes+${side}`, list: `${record}/purposes` };
  if (slot.op === 'editPurpose') return { record, field: `${record}/purposes[${slot.item}]` };
  if (slot.op === 'addLink')
    return { record, field: `${record}/${slot.field}+${side}`, list: `${record}/${slot.field}` };
  if (slot.op === 'drop') return { record, field: `${record}/${slot.field}`, list: `${record}/${slot.field}` };
  return { record, field: `${record}/${slot.field}` };
}

/** An id of the side's own for what it adds: `nonce` tells apart the adds of one side. */
function newId(side: Side, nonce: number): string {
  return `00000000-0000-4000-8${side === 'ours' ? 'a' : 'b'}00-${nonce.toString(16).padStart(12, '0')}`;
}

function apply(register: Register, slot: Slot, side: Side, nonce = 0): Register {
  const copy = structuredClone(register);
  if (slot.op === 'title') copy.meta.title = `${copy.meta.title} (${side})`;
  else if (slot.op === 'organisation') copy.meta.organisationName = `${copy.meta.organisationName ?? 'Org'} (${side})`;
  else if (slot.op === 'addRecord') {
    (copy.activities as unknown as Record<string, unknown>[]).push({ id: newId(side, nonce), name: `New (${side})` });
  } else {
    const records = copy[slot.kind] as unknown as Record<string, unknown>[];
    const index = records.findIndex((r) => r['id'] === slot.id);
    const record = records[index] as Record<string, unknown>;
    if (slot.op === 'delete') records.splice(index, 1);
    else if (slot.op === 'translate') {
      const i18n = (record['i18n'] ?? {}) as Record<string, Record<string, string>>;
      record['i18n'] = {
        ...i18n,
        [LANGUAGE[side]]: { ...i18n[LANGUAGE[side]], name: `translated (${side})` },
      };
    } else if (slot.op === 'text') record[slot.field] = `${record[slot.field] as string} (${side})`;
    else if (slot.op === 'flip') record[slot.field] = !record[slot.field];
    else if (slot.op === 'addLink') record[slot.field] = [...(record[slot.field] as string[]), newId(side, nonce)];
    else if (slot.op === 'addPurpose') {
      const purposes = record['purposes'] as Record<string, unknown>[];
      record['purposes'] = [...purposes, { id: newId(side, nonce), description: `Added (${side})` }];
    } else if (slot.op === 'editPurpose') {
      const purposes = record['purposes'] as Record<string, unknown>[];
      record['purposes'] = purposes.map((p) => (p['id'] === slot.item ? { ...p, description: `Edited (${side})` } : p));
    } else record[slot.field] = (record[slot.field] as unknown[]).slice(0, -1);
  }
  return registerSchema.parse(copy);
}

/** A register in a form that does not depend on the order of list items and links (for changes made in any order). */
function unordered(register: Register): string {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const items = value.map(sorted);
      const key = (v: unknown) => JSON.stringify(v);
      return items.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    }
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sorted(v)]));
    return value;
  };
  return JSON.stringify(sortKeysDeep(sorted(canonicalRegister(register))));
}

/** A base register and two sides that changed disjoint fields of it, with the register holding both changes. */
const disjointArb = fc
  .tuple(registerArb(3), fc.array(fc.tuple(fc.nat(), fc.constantFrom<Side>('ours', 'theirs')), { maxLength: 10 }))
  .map(([base, picks]) => {
    const slots = slotsOf(base);
    const fields = new Set<string>();
    const touched = new Set<string>();
    const deleted = new Set<string>();
    const dropped = new Set<string>();
    const added = new Set<string>();
    let ours = base;
    let theirs = base;
    let both = base;
    picks.forEach(([n, side], nonce) => {
      const slot = slots[n % slots.length] as Slot;
      const { record, field, list } = placeOf(slot, side);
      // Disjoint: no field changed twice, no change to a deleted record, no deletion of a changed record, no drop
      // from a list that an add changed, or the other way round.
      if (fields.has(field) || (record !== undefined && deleted.has(record))) return;
      if (slot.op === 'delete' && touched.has(field)) return;
      if (list !== undefined && (slot.op === 'drop' ? added : dropped).has(list)) return;
      fields.add(field);
      if (list !== undefined) (slot.op === 'drop' ? dropped : added).add(list);
      if (record !== undefined) (slot.op === 'delete' ? deleted : touched).add(record);
      if (side === 'ours') ours = apply(ours, slot, side, nonce);
      else theirs = apply(theirs, slot, side, nonce);
      both = apply(both, slot, side, nonce);
    });
    return { base, ours, theirs, both };
  });

/** A base register and two sides that changed it anywhere, conflicts likely (the same slots on both sides). */
const overlappingArb = fc
  .tuple(registerArb(3), fc.array(fc.tuple(fc.nat(), fc.constantFrom<Side>('ours', 'theirs')), { maxLength: 12 }))
  .map(([base, picks]) => {
    const slots = slotsOf(base);
    const sides = { ours: base, theirs: base };
    const gone = { ours: new Set<string>(), theirs: new Set<string>() };
    picks.forEach(([n, side], nonce) => {
      const slot = slots[n % slots.length] as Slot;
      const { record, field } = placeOf(slot, side);
      if (record !== undefined && gone[side].has(record)) return;
      sides[side] = apply(sides[side], slot, side, nonce);
      if (slot.op === 'delete') gone[side].add(field);
      // The other side makes its own change to the same slot half of the time: a conflict.
      if (n % 2 === 0 && slot.op !== 'delete') {
        const other: Side = side === 'ours' ? 'theirs' : 'ours';
        if (record === undefined || !gone[other].has(record)) sides[other] = apply(sides[other], slot, other, nonce);
      }
    });
    return { base, ...sides };
  });

describe('mergeRegisters, properties', () => {
  it('merging a register with itself changes nothing', () => {
    fc.assert(
      fc.property(registerArb(), (register) => {
        const result = mergeRegisters(register, register, register);
        expect(result.conflicts).toEqual([]);
        expect(result.danglingLinks).toEqual([]);
        expect(fingerprint(result.register)).toBe(fingerprint(register));
      }),
      { numRuns: 40 },
    );
  });

  it('a side that changed nothing gives the other side: merge(b, b, x) = merge(b, x, b) = x', () => {
    fc.assert(
      fc.property(registerArb(3), registerArb(3), (base, other) => {
        for (const result of [mergeRegisters(base, base, other), mergeRegisters(base, other, base)]) {
          expect(result.conflicts).toEqual([]);
          expect(fingerprint(result.register)).toBe(fingerprint(other));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('changes to disjoint fields merge without a conflict, in either order, holding both changes', () => {
    fc.assert(
      fc.property(disjointArb, ({ base, ours, theirs, both }) => {
        const forward = mergeRegisters(base, ours, theirs);
        const backward = mergeRegisters(base, theirs, ours);
        expect(forward.conflicts).toEqual([]);
        expect(backward.conflicts).toEqual([]);
        // The same register either way, down to the order of lists; both sides' changes in it.
        expect(fingerprint(backward.register)).toBe(fingerprint(forward.register));
        expect(unordered(forward.register)).toBe(unordered(both));
        expect(forward.danglingLinks).toEqual(backward.danglingLinks);
      }),
      { numRuns: 80 },
    );
  });

  it('resolving every conflict: ours gives the merged register; theirs gives what the merge the other way round holds', () => {
    fc.assert(
      fc.property(overlappingArb, ({ base, ours, theirs }) => {
        const forward = mergeRegisters(base, ours, theirs);
        const backward = mergeRegisters(base, theirs, ours);
        expect(forward.conflicts.length).toBe(backward.conflicts.length);
        const all = (result: MergeResult, choice: ConflictChoice) =>
          resolveConflicts(result, new Map(result.conflicts.map((c) => [c, choice])));
        expect(fingerprint(all(forward, 'ours'))).toBe(fingerprint(forward.register));
        expect(fingerprint(all(forward, 'theirs'))).toBe(fingerprint(backward.register));
      }),
      { numRuns: 80 },
    );
  });
});
