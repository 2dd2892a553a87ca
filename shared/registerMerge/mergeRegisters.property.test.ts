/**
 * Properties of the register merge over generated registers: merging a register with itself changes nothing, a side
 * that changed nothing gives the other side, and changes to disjoint fields merge without a conflict into the same
 * register in either order, holding both sides' changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registerSchema, RECORD_KINDS, type RecordKind, type Register } from '../model';
import { fieldEntries } from '../model/recordFields';
import { fingerprint } from '../register/canonical';
import { registerArb } from '../test/arbitraries';
import { mergeRegisters, resolveConflicts, type ConflictChoice, type MergeResult } from './mergeRegisters';

/** One change a side can make: a field of a record, a translation, the whole record (deleted), the title. */
type Slot =
  | { op: 'text' | 'drop' | 'flip'; kind: RecordKind; id: string; field: string }
  | { op: 'translate'; kind: RecordKind; id: string }
  | { op: 'delete'; kind: RecordKind; id: string }
  | { op: 'title' };

type Side = 'ours' | 'theirs';
/** Each side translates into its own language: translations of one record in two languages are disjoint changes. */
const LANGUAGE = { ours: 'de', theirs: 'nl' } as const;

function slotsOf(register: Register): Slot[] {
  const slots: Slot[] = [{ op: 'title' }];
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
      }
    }
  }
  return slots;
}

/** The record a slot changes (none for the title) and the field it owns within it. */
function placeOf(slot: Slot, side: Side): { record?: string; field: string } {
  if (slot.op === 'title') return { field: 'meta.title' };
  const record = `${slot.kind}/${slot.id}`;
  if (slot.op === 'delete') return { record, field: record };
  if (slot.op === 'translate') return { record, field: `${record}/i18n.${LANGUAGE[side]}` };
  return { record, field: `${record}/${slot.field}` };
}

function apply(register: Register, slot: Slot, side: Side): Register {
  const copy = structuredClone(register);
  if (slot.op === 'title') copy.meta.title = `${copy.meta.title} (${side})`;
  else {
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
    else record[slot.field] = (record[slot.field] as unknown[]).slice(0, -1);
  }
  return registerSchema.parse(copy);
}

/** A base register and two sides that changed disjoint fields of it, with the register holding both changes. */
const disjointArb = fc
  .tuple(registerArb(3), fc.array(fc.tuple(fc.nat(), fc.constantFrom<Side>('ours', 'theirs')), { maxLength: 10 }))
  .map(([base, picks]) => {
    const slots = slotsOf(base);
    const fields = new Set<string>();
    const touched = new Set<string>();
    const deleted = new Set<string>();
    let ours = base;
    let theirs = base;
    let both = base;
    for (const [n, side] of picks) {
      const slot = slots[n % slots.length] as Slot;
      const { record, field } = placeOf(slot, side);
      // Disjoint: no field changed twice, no change to a deleted record, no deletion of a changed record.
      if (fields.has(field) || (record !== undefined && deleted.has(record))) continue;
      if (slot.op === 'delete' && touched.has(field)) continue;
      fields.add(field);
      if (record !== undefined) (slot.op === 'delete' ? deleted : touched).add(record);
      if (side === 'ours') ours = apply(ours, slot, side);
      else theirs = apply(theirs, slot, side);
      both = apply(both, slot, side);
    }
    return { base, ours, theirs, both };
  });

/** A base register and two sides that changed it anywhere, conflicts likely (the same slots on both sides). */
const overlappingArb = fc
  .tuple(registerArb(3), fc.array(fc.tuple(fc.nat(), fc.constantFrom<Side>('ours', 'theirs')), { maxLength: 12 }))
  .map(([base, picks]) => {
    const slots = slotsOf(base);
    const sides = { ours: base, theirs: base };
    const gone = { ours: new Set<string>(), theirs: new Set<string>() };
    for (const [n, side] of picks) {
      const slot = slots[n % slots.length] as Slot;
      const { record, field } = placeOf(slot, side);
      if (record !== undefined && gone[side].has(record)) continue;
      sides[side] = apply(sides[side], slot, side);
      if (slot.op === 'delete') gone[side].add(field);
      // The other side makes its own change to the same slot half of the time: a conflict.
      if (n % 2 === 0 && slot.op !== 'delete') {
        const other: Side = side === 'ours' ? 'theirs' : 'ours';
        if (record === undefined || !gone[other].has(record)) sides[other] = apply(sides[other], slot, other);
      }
    }
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
        expect(fingerprint(forward.register)).toBe(fingerprint(both));
        expect(fingerprint(backward.register)).toBe(fingerprint(both));
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
