import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activitySchema, emptyRegister, type Register } from '../model';
import { registerArb } from '../test/arbitraries';
import { compareRegisters, countRecords, diffFields, isUnchanged } from './compare';

const A = '0000000a-0000-4000-8000-000000000001';
const B = '0000000a-0000-4000-8000-000000000002';
const C = '0000000a-0000-4000-8000-000000000003';

function register(...activities: Parameters<typeof activitySchema.parse>[0][]): Register {
  return { ...emptyRegister({ title: 'R' }), activities: activities.map((a) => activitySchema.parse(a)) };
}

describe('register comparison', () => {
  it('lists exactly the added, removed and changed records, and the changed fields', () => {
    const before = register(
      { id: A, name: 'Ledenadministratie', status: 'active', dpia: { status: 'not-assessed' } },
      { id: B, name: 'Camerabewaking', status: 'active' },
    );
    const after = register(
      { id: A, name: 'Ledenbeheer', status: 'active', dpia: { status: 'done', reference: 'DPIA-7' } },
      { id: C, name: 'Rekrutering', status: 'draft' },
    );
    const diff = compareRegisters(before, after);
    expect(diff.kinds.activities.added).toEqual([{ id: C, name: 'Rekrutering' }]);
    expect(diff.kinds.activities.removed).toEqual([{ id: B, name: 'Camerabewaking' }]);
    expect(diff.kinds.activities.changed).toEqual([
      {
        id: A,
        name: 'Ledenbeheer',
        fields: [
          { path: 'dpia.reference', before: undefined, after: 'DPIA-7' },
          { path: 'dpia.status', before: 'not-assessed', after: 'done' },
          { path: 'name', before: 'Ledenadministratie', after: 'Ledenbeheer' },
        ],
      },
    ]);
    expect(diff.kinds.recipients).toEqual({ added: [], removed: [], changed: [] });
    expect(isUnchanged(diff)).toBe(false);
  });

  it('compares lists whole and treats an empty list as absent', () => {
    expect(diffFields({ recipientIds: [] }, {})).toEqual([]);
    expect(diffFields({ recipientIds: [A, B] }, { recipientIds: [B, A] })).toEqual([
      { path: 'recipientIds', before: [A, B], after: [B, A] },
    ]);
  });

  it('finds nothing between a register and itself, and counts its records', () => {
    fc.assert(
      fc.property(registerArb(), (r) => {
        expect(isUnchanged(compareRegisters(r, structuredClone(r)))).toBe(true);
        expect(countRecords(r).activities).toBe(r.activities.length);
      }),
      { numRuns: 30 },
    );
  });

  it('sees every generated change as a change of the record it was made in', () => {
    fc.assert(
      fc.property(registerArb(), (r) => {
        fc.pre(r.activities.length > 0);
        const changed = structuredClone(r);
        const first = changed.activities[0];
        if (!first) return;
        first.name = `${first.name} (2)`;
        const diff = compareRegisters(r, changed);
        expect(diff.kinds.activities.changed.map((c) => c.id)).toEqual([first.id]);
        expect(diff.kinds.activities.changed[0]?.fields.map((f) => f.path)).toEqual(['name']);
      }),
      { numRuns: 30 },
    );
  });
});
